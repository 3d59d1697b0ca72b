using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Storage.Tests.Postgres;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

/// <summary><c>syndication bench</c> end to end on PostgreSQL: the built CLI, its embedded broker and the test server (<c>SYNDICATION_TEST_POSTGRES</c>).</summary>
public sealed partial class BenchCommandTests
{
    private const int Stories = 300;

    [Fact]
    public async Task Bench_OnPostgresOneRound_PrintsTwoWorkersBesideOneAndBothAccountedForEveryMessage()
    {
        var server = Environment.GetEnvironmentVariable(PostgresDatabase.Variable) is { Length: > 0 } given
            ? given
            : throw new InvalidOperationException($"{PostgresDatabase.Variable} is not set: run ./test.sh, or export {PostgresDatabase.Variable}=\"$(tests/postgres.sh start)\"");

        using var bench = ExternalProcess.Start(
            "dotnet",
            [RepositoryPaths.CliDll, "bench", "--stories", Stories.ToString(CultureInfo.InvariantCulture), "--rounds", "1", "--store", "postgres"],
            new Dictionary<string, string> { ["SYNDICATION_BENCH_POSTGRES"] = server });

        (await bench.WaitForExitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, bench.Output);
        var lines = bench.Output.Split('\n');
        lines.ShouldContain(line => line.StartsWith("stories: ", StringComparison.Ordinal) && line.Contains(", server GC", StringComparison.Ordinal),
            "the pipeline is measured under the worker's garbage collector:\n" + bench.Output);
        var rounds = lines.Select(line => TwoWorkersRoundLine().Match(line)).Where(match => match.Success).ToList();
        rounds.Select(match => (match.Groups["round"].Value, match.Groups["first"].Value))
            .ShouldBe([("warm-up", "one"), ("round 1", "two")], "each round measures both, taking turns going first:\n" + bench.Output);
        foreach (var round in rounds)
        {
            var first = Number(round.Groups["a"].Value);
            var second = Number(round.Groups["b"].Value);
            first.ShouldBeGreaterThan(0, "both workers had partitions and consumed:\n" + bench.Output);
            second.ShouldBeGreaterThan(0, "both workers had partitions and consumed:\n" + bench.Output);
            (first + second).ShouldBe(Stories, "every message was consumed once, by one worker or the other:\n" + bench.Output);
            Number(round.Groups["sum"].Value).ShouldBe(Stories, bench.Output);
            Number(round.Groups["timed"].Value).ShouldBeInRange(1, Stories, bench.Output);
        }

        lines.ShouldContain(line => line.StartsWith("pipeline/transport on PostgreSQL: ", StringComparison.Ordinal), bench.Output);
        lines.Count(line => TwoWorkersMedianLine().IsMatch(line)).ShouldBe(1, bench.Output);
    }

    private static int Number(string figure) => int.Parse(figure, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<round>warm-up|round 1): two workers on PostgreSQL: [0-9,]+ stories/s, one worker: [0-9,]+ stories/s, ratio [0-9]+\.[0-9]{2} \((?<first>one|two) first; the workers consumed (?<a>[0-9,]+) \+ (?<b>[0-9,]+) = (?<sum>[0-9,]+) of 300 messages, (?<timed>[0-9,]+) after both had partitions\)$")]
    private static partial Regex TwoWorkersRoundLine();

    [GeneratedRegex(@"^two workers on PostgreSQL: [0-9,]+ stories/s, one worker: [0-9,]+ stories/s, ratio [0-9]+\.[0-9]{2}$")]
    private static partial Regex TwoWorkersMedianLine();
}
