using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Runs the delivery lanes for the life of the host: makes sure <c>wire.deliveries.dlq</c> exists, then
/// starts and stops lanes as the partners file or the WebSub subscriptions change (checked every
/// <see cref="ReloadCheck"/>, and the stored subscriptions read again every <see cref="SharedReload"/>, for
/// those another worker on the same store verified). It also ends the subscriptions whose lease has run out, and those of a
/// partner or feed no longer in the partners file.
/// </summary>
public sealed partial class DeliveryService(
    DeliveryLanes lanes, PartnersFileWatch partnersFile, IStoryStore store, KafkaEndpoint kafka, TimeProvider time, ILogger<DeliveryService> log)
    : BackgroundService
{
    public static readonly TimeSpan ReloadCheck = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a subscription another worker verified may wait for this worker's lane (which stands by unless that worker goes).</summary>
    public static readonly TimeSpan SharedReload = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var deadLetterTopic = EnsureDeadLetterTopicAsync();
        var version = -1L;
        var subscriptionChanges = -1L;
        IReadOnlyList<WebSubSubscription> subscriptions = [];
        var readAt = DateTimeOffset.MinValue;
        try
        {
            while (true)
            {
                var inForce = partnersFile.InForce;
                var now = time.GetUtcNow();
                if (inForce.Version != version || store.SubscriptionChanges != subscriptionChanges || subscriptions.Any(s => s.HasExpired(now)) || now - readAt >= SharedReload)
                {
                    try
                    {
                        readAt = now;
                        // Read the counter first: a change after it is seen at the next check.
                        subscriptionChanges = store.SubscriptionChanges;
                        subscriptions = EndSubscriptions(store.Subscriptions(), inForce.Directory);
                        version = inForce.Version;
                        await lanes.ReconcileAsync(inForce.Directory, subscriptions).ConfigureAwait(false);
                    }
                    catch (System.Data.Common.DbException exception)
                    {
                        subscriptionChanges = -1;
                        LogStoreFault(log, exception.Message);
                    }
                }

                await Task.Delay(ReloadCheck, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await lanes.StopAllAsync().ConfigureAwait(false);
            await deadLetterTopic.ConfigureAwait(false);
        }
    }

    /// <summary>Removes the subscriptions that have ended (lease out, partner or feed gone); the others.</summary>
    private List<WebSubSubscription> EndSubscriptions(IReadOnlyList<WebSubSubscription> subscriptions, PartnerDirectory directory)
    {
        var now = time.GetUtcNow();
        var live = new List<WebSubSubscription>(subscriptions.Count);
        foreach (var subscription in subscriptions)
        {
            var partner = directory.Find(subscription.PartnerId);
            var ended = subscription.HasExpired(now) ? "its lease ended"
                : partner is null ? "its partner left the partners file"
                : !partner.Feeds.Any(feed => string.Equals(feed.Name, subscription.Feed, StringComparison.Ordinal)) ? "its feed left the partners file"
                : null;
            if (ended is null)
            {
                live.Add(subscription);
            }
            else if (store.RemoveSubscription(subscription.Id))
            {
                LogEnded(log, subscription.Id, subscription.PartnerId, subscription.Feed, ended);
            }
        }

        return live;
    }

    /// <summary>Asks for the dead-letter topic beside the lanes, not before them: a cluster may take seconds to say no.</summary>
    private async Task EnsureDeadLetterTopicAsync()
    {
        if (await kafka.EnsureTopicAsync(KafkaTopics.DeliveryDeadLetters).ConfigureAwait(false) is { } refusal)
        {
            LogNoDeadLetterTopic(log, KafkaTopics.DeliveryDeadLetters, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create {Topic} ({Reason}); dead letters are produced to it all the same")]
    private static partial void LogNoDeadLetterTopic(ILogger logger, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub subscription {Id} of {Partner}/{Feed} ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, long id, string partner, string feed, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub subscriptions could not be read ({Reason}); trying again")]
    private static partial void LogStoreFault(ILogger logger, string reason);
}
