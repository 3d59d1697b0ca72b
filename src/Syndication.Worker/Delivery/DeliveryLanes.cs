using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Delivery;

/// <summary>
/// The lanes running now, one per partner and transport its <c>push</c> names and one per WebSub
/// subscription to a partner's feed: started, stopped and restarted to match each partners file taken into
/// force and the subscriptions stored.
/// </summary>
/// <remarks>
/// A lane whose target or retry policy changed is stopped (its delivery in flight is cut, and its position
/// stays where it was) before its replacement starts from the stored position; a lane whose partner
/// changed only in other ways (feeds, format, names) keeps running and reads them from the file in force.
/// </remarks>
public sealed partial class DeliveryLanes(WebhookSender webhooks, PartnerKafkaSender kafka, WebSubSender webSub, LaneResources resources, ILoggerFactory loggers, ILogger<DeliveryLanes> log)
    : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Dictionary<string, RunningLane> _running = new(StringComparer.Ordinal);

    /// <summary>The running lanes' statuses, ordered by lane id.</summary>
    public IReadOnlyList<LaneStatus> Statuses
    {
        get
        {
            lock (_gate)
            {
                return [.. _running.Values.Select(running => running.Lane.Status).OrderBy(status => status.Target.LaneId, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Makes the running lanes those of <paramref name="directory"/>.</summary>
    public Task ReconcileAsync(PartnerDirectory directory) => ReconcileAsync(directory, []);

    /// <summary>
    /// Makes the running lanes those of <paramref name="directory"/> and of the <paramref name="subscriptions"/>
    /// whose partner is in it.
    /// </summary>
    public async Task ReconcileAsync(PartnerDirectory directory, IReadOnlyList<WebSubSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(subscriptions);
        var subscribed = subscriptions.Select(subscription => directory.Find(subscription.PartnerId) is { } partner ? LaneTarget.Of(partner, subscription) : null).OfType<LaneTarget>();
        var wanted = directory.Partners.SelectMany(LaneTarget.Of).Concat(subscribed).ToDictionary(target => target.LaneId, StringComparer.Ordinal);
        Dictionary<string, RunningLane> running;
        lock (_gate)
        {
            running = new Dictionary<string, RunningLane>(_running, StringComparer.Ordinal);
        }

        foreach (var (id, lane) in running.Where(pair => !wanted.TryGetValue(pair.Key, out var target) || target != pair.Value.Target).ToList())
        {
            await lane.StopAsync().ConfigureAwait(false);
            running.Remove(id);
            LogStopped(log, id);
        }

        foreach (var (id, target) in wanted.Where(pair => !running.ContainsKey(pair.Key)))
        {
            try
            {
                running[id] = Start(target);
            }
            catch (ArgumentException exception)
            {
                // A policy Polly refuses (the partners file's ranges are Polly's, so this is a bug): that
                // lane waits for the next file; the others and the host go on.
                LogNotStarted(log, exception, id);
            }
        }

        lock (_gate)
        {
            _running = running;
        }
    }

    /// <summary>Stops every lane; deliveries in flight are cut and will be sent again after a restart.</summary>
    public async Task StopAllAsync()
    {
        Dictionary<string, RunningLane> running;
        lock (_gate)
        {
            (running, _running) = (_running, new Dictionary<string, RunningLane>(StringComparer.Ordinal));
        }

        await Task.WhenAll(running.Values.Select(lane => lane.StopAsync())).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAllAsync().ConfigureAwait(false);

    private RunningLane Start(LaneTarget target)
    {
        Func<PushedStory, CancellationToken, Task<SendResult>> send = target.Transport switch
        {
            DeliveryTransport.Webhook => (story, token) => webhooks.SendAsync(target.Webhook!, story, token),
            DeliveryTransport.Kafka => (story, token) => kafka.SendAsync(target.Kafka!, story, token),
            _ => (story, token) => webSub.SendAsync(target.Subscription!, story, token),
        };
        var lane = new PartnerLane(target, send, new DeliveryPolicy(target.Retry, resources.Time), resources, loggers.CreateLogger<PartnerLane>());
        var stop = new CancellationTokenSource();
        return new RunningLane(target, lane, stop, Task.Run(() => lane.RunAsync(stop.Token)));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery lane {Lane} not started: its retry policy was refused")]
    private static partial void LogNotStarted(ILogger logger, Exception exception, string lane);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery lane {Lane} stopped (partners file or subscriptions changed)")]
    private static partial void LogStopped(ILogger logger, string lane);

    /// <summary>A lane, its target and what it takes to stop it.</summary>
    private sealed record RunningLane(LaneTarget Target, PartnerLane Lane, CancellationTokenSource Stop, Task Running)
    {
        public async Task StopAsync()
        {
            await Stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Running.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            Stop.Dispose();
        }
    }
}
