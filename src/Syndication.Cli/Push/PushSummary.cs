using Spectre.Console;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Push;

/// <summary>What a push sent: how many stories and bytes were acknowledged, and why the others were not.</summary>
internal sealed class PushSummary
{
    public int Sent { get; private set; }

    public long Bytes { get; private set; }

    public List<string> Failures { get; } = [];

    /// <summary>Prints the summary line, then each failure; returns the exit code: 1 if anything failed.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="what">What was pushed, counted ("of 12 files", "of 21,578 records from 22 files").</param>
    public int Report(IAnsiConsole console, string what)
    {
        console.MarkupLine($"pushed {Sent} {what} ({Bytes} bytes) to {KafkaTopics.RawStories}; failed {Failures.Count}");
        foreach (var failure in Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failure}");
        }

        return Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Waits for the outcomes of <paramref name="pending"/>, counts them and empties the list.</summary>
    public async Task CollectAsync(List<(string Name, int Length, Task<string?> Outcome)> pending, ProgressTask progress)
    {
        foreach (var (name, length, outcome) in pending)
        {
            if (await outcome.ConfigureAwait(false) is { } failure)
            {
                Failures.Add($"{name}: {failure}");
            }
            else
            {
                Sent++;
                Bytes += length;
            }

            progress.Increment(1);
        }

        pending.Clear();
    }
}
