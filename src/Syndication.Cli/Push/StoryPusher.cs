using Spectre.Console;

namespace Syndication.Cli.Push;

/// <summary>Sends stories through an <see cref="IStorySender"/> with a progress bar, keeping a bounded number unacknowledged.</summary>
internal static class StoryPusher
{
    /// <summary>Stories sent but not yet acknowledged, at most.</summary>
    private const int MaxPending = 1000;

    /// <param name="console">Where the progress bar goes.</param>
    /// <param name="sender">The destination.</param>
    /// <param name="count">How many items <paramref name="items"/> yields, for the progress bar.</param>
    /// <param name="items">The stories, read as they are sent so that a large import is never all in memory.</param>
    /// <param name="cancellationToken">Stops sending.</param>
    internal static async Task<PushSummary> SendAllAsync(
        IAnsiConsole console, IStorySender sender, int count, IAsyncEnumerable<PushItem> items, CancellationToken cancellationToken)
    {
        var summary = new PushSummary();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var progress = context.AddTask("pushing", maxValue: count);
                var pending = new List<(string Name, int Length, Task<string?> Outcome)>();
                await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    pending.Add((item.Name, item.Story.Length, await sender.SendAsync(item.Story, cancellationToken).ConfigureAwait(false)));
                    if (pending.Count >= MaxPending)
                    {
                        await summary.CollectAsync(pending, progress).ConfigureAwait(false);
                    }
                }

                await summary.CollectAsync(pending, progress).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary;
    }
}
