using Spectre.Console;

namespace Syndication.Cli.Push;

/// <summary>What a push sent: how many stories and bytes were acknowledged, and why the others were not.</summary>
internal sealed class PushSummary
{
    public int Sent { get; private set; }

    public long Bytes { get; private set; }

    public List<string> Failures { get; } = [];

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
