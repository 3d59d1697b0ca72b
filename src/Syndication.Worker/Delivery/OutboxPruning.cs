using System.Data.Common;
using Microsoft.Extensions.Options;
using Syndication.Storage;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Keeps the outbox from growing for ever: every <see cref="Interval"/>, deletes the entries every push lane
/// has read (delivered or dead-lettered) that are older than <c>Delivery:OutboxRetention</c>.
/// </summary>
/// <remarks>
/// A lane that cannot deliver holds back every entry after its position, however old: nothing it has not
/// read goes. A lane started later (a partner given push, a new transport) starts at the oldest entry kept,
/// so it is sent the last retention's changes rather than all of history.
/// </remarks>
/// <param name="laneIds">The lanes that read the outbox now (this worker's, running or on standby).</param>
/// <param name="store">The store whose outbox is pruned.</param>
/// <param name="options">The retention.</param>
/// <param name="time">The clock.</param>
/// <param name="log">Where a prune and a store fault are logged.</param>
public sealed partial class OutboxPruning(
    Func<IEnumerable<string>> laneIds, IStoryStore store, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<OutboxPruning> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Deletes what every lane has read and is older than the retention: through the slowest lane's
    /// position, or the whole outbox but its newest entry when no lane reads it. The number deleted.
    /// </summary>
    public int PruneOnce()
    {
        try
        {
            var through = store.OutboxHead();
            foreach (var lane in laneIds())
            {
                through = Math.Min(through, store.LanePosition(lane));
            }

            var deleted = store.PruneOutbox(through, time.GetUtcNow() - options.Value.OutboxRetention);
            if (deleted > 0)
            {
                LogPruned(log, deleted, through, options.Value.OutboxRetention);
            }

            return deleted;
        }
        catch (DbException exception)
        {
            LogStoreFault(log, exception.Message);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                PruneOnce();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: deleted {Count} entries every lane has read (through {Through}) and older than {Retention}")]
    private static partial void LogPruned(ILogger logger, int count, long through, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox could not be pruned ({Reason}); trying again at the next interval")]
    private static partial void LogStoreFault(ILogger logger, string reason);
}
