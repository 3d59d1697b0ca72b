using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

/// <summary><c>syndication bench delivery</c> end to end: the built CLI, its embedded broker and its ten webhook receivers on loopback.</summary>
public sealed partial class DeliveryBenchCommandTests
{
    private static readonly string[] s_healthy = [.. Enumerable.Range(1, 9).Select(number => $"partner{number:D2}")];

    [Fact]
    public async Task BenchDelivery_TwoHundredStoriesOneRound_PrintsTheFiguresAndEveryHealthyPartnerGotEveryStory()
    {
        using var bench = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "bench", "delivery", "--stories", "200", "--rounds", "1"]);

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, bench.Output);
        var lines = bench.Output.Split('\n');
        lines.Count(line => line.StartsWith("round 1, nine healthy partners: ingest ", StringComparison.Ordinal)).ShouldBe(1, bench.Output);
        lines.Count(line => line.StartsWith("round 1, ten partners (partner10 failing): ingest ", StringComparison.Ordinal)).ShouldBe(1, bench.Output);
        // Two runs in the warm-up round and two in round 1: each says what every healthy partner got.
        var receipts = lines.Where(line => line.StartsWith("  delivered: ", StringComparison.Ordinal)).ToList();
        receipts.Count.ShouldBe(4, bench.Output);
        foreach (var receipt in receipts)
        {
            HealthyCount().Matches(receipt).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value)
                .ShouldBe(s_healthy.ToDictionary(partner => partner, _ => "200"), bench.Output);
        }

        receipts.Count(receipt => FailingReceipt().Match(receipt) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > 0)
            .ShouldBe(2, bench.Output);
        lines[^2].ShouldMatch(@"^deliveries/s to the healthy nine: [0-9,]+ \(with the failing partner; [0-9,]+ without it\)$", bench.Output);
        lines[^1].ShouldMatch(
            @"^ingest ratio \(pipeline/transport\) with the failing partner: [0-9]+\.[0-9]{3}, without: [0-9]+\.[0-9]{3}, difference: -?[0-9]+\.[0-9] % \(goal: the failing partner costs ingest at most 5 %: (met|NOT met)\)$",
            bench.Output);
    }

    [Theory]
    [InlineData("--stories", "0", "--stories must be between 1 and 100000 (the embedded broker keeps ~5 MB per partition).")]
    [InlineData("--stories", "100001", "--stories must be between 1 and 100000 (the embedded broker keeps ~5 MB per partition).")]
    [InlineData("--rounds", "0", "--rounds must be between 1 and 20.")]
    [InlineData("--rounds", "21", "--rounds must be between 1 and 20.")]
    public async Task BenchDelivery_OptionOutOfRange_IsRefusedWithAMessage(string option, string value, string message)
    {
        using var bench = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "bench", "delivery", option, value]);

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(1))).ShouldNotBe(0, bench.Output);
        bench.Output.ShouldContain(message, Case.Sensitive);
        bench.Output.ShouldNotContain("stories: ");
    }

    [GeneratedRegex("(partner0[0-9]) ([0-9]+)")]
    private static partial Regex HealthyCount();

    [GeneratedRegex(@"; partner10 answered 503 to ([0-9]+) attempts, its lane dead-lettered [0-9]+, circuit (closed|open|halfopen)$")]
    private static partial Regex FailingReceipt();
}
