using System.Globalization;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

public sealed class DedupEvalCommandTests
{
    [Fact]
    public async Task EvalDedup_DefaultThreshold_FindsReKeyedCopiesAndNotOtherStoriesOfTheDay()
    {
        using var eval = ExternalProcess.Start("dotnet", [
            RepositoryPaths.CliDll, "eval", "dedup", "--corpus", Path.Combine(RepositoryPaths.Shared, "corpora", "reuters21578")]);
        (await eval.WaitForExitAsync(TimeSpan.FromMinutes(2))).ShouldBe(0, eval.Output);

        var last = eval.Output.Split('\n')[^1].Split(' ');
        last.Length.ShouldBe(4, eval.Output);
        (last[0], last[2]).ShouldBe(("precision", "recall"));
        double.Parse(last[1], CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0.95, eval.Output);
        double.Parse(last[3], CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0.95, eval.Output);
        eval.Output.ShouldContain("300 re-keyed copies and 300 different stories");
    }

    [Fact]
    public async Task EvalDedup_ThresholdOutOfRange_FailsWithTheOptionsName()
    {
        using var eval = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "eval", "dedup", "--threshold", "1.5"]);

        (await eval.WaitForExitAsync(TimeSpan.FromMinutes(1))).ShouldNotBe(0);
        eval.Output.ShouldContain("--threshold must be above 0 and at most 1.");
    }
}
