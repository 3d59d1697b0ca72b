using System.Text.RegularExpressions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

/// <summary><c>syndication bench http</c> end to end: a real worker under Debian's wrk (test.sh installs it).</summary>
public sealed partial class HttpBenchCommandTests
{
    [Fact]
    public async Task BenchHttp_OneShortRound_PrintsEveryTargetsRateAndTheRatiosWithTheirGoals()
    {
        using var bench = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "bench", "http", "--rounds", "1", "--duration", "1s"]);

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, bench.Output);
        var lines = bench.Output.Split('\n');
        lines.ShouldContain(line => line.StartsWith("worker: Release build", StringComparison.Ordinal), bench.Output);
        lines.Count(line => RoundLine().IsMatch(line)).ShouldBe(1, bench.Output);
        var goals = lines.Select(line => RatioLine().Match(line)).Where(match => match.Success)
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[3].Value);
        goals.ShouldBe(new Dictionary<string, string> { ["feed 200"] = "0.50", ["feed 200 gzip"] = "0.50", ["feed 304"] = "0.80" }, bench.Output);
    }

    [Fact]
    public async Task BenchHttp_WithoutWrk_SaysToInstallItAndExitsOne()
    {
        using var emptyPath = new TemporaryDirectory();

        using var bench = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "bench", "http"], new Dictionary<string, string> { ["PATH"] = emptyPath.Path });

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(1))).ShouldBe(1, bench.Output);
        bench.Output.ShouldBe("wrk is not on the PATH: install Debian's wrk (apt-get install wrk).");
    }

    [Fact]
    public async Task Bench_WithoutHttp_StillMeasuresTransportAndPipeline()
    {
        using var bench = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "bench", "--stories", "200", "--rounds", "1"]);

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, bench.Output);
        bench.Output.ShouldContain("round 1: transport ");
        bench.Output.ShouldContain("pipeline/transport on SQLite: ");
    }

    [GeneratedRegex(@"^round 1: trivial [0-9,]+ req/s, feed 200 [0-9,]+ req/s, feed 200 gzip [0-9,]+ req/s, feed 304 [0-9,]+ req/s$")]
    private static partial Regex RoundLine();

    [GeneratedRegex(@"^(feed 200|feed 200 gzip|feed 304)/trivial ([0-9]+\.[0-9]{2}) \(goal >= ([0-9.]+): (met|NOT met)\)$")]
    private static partial Regex RatioLine();
}
