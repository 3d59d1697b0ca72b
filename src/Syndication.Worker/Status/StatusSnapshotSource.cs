using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Health;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;
using Syndication.Worker.Pipeline;

namespace Syndication.Worker.Status;

/// <summary>Reads the figures of <c>/status</c> and <c>/status.json</c> from the consumer, the store, the lanes, the broker and the health checks.</summary>
public sealed class StatusSnapshotSource(
    KafkaEndpoint kafka,
    ConsumerState state,
    IStoryStore store,
    IOptions<KafkaOptions> options,
    ServiceClock clock,
    PartnersFileWatch partnersFile,
    StoreStamp storeStamp,
    RouteBook routeBook,
    DeliveryLanes lanes,
    DeadLetterDepths deadLetters,
    HealthCheckService health,
    TimeProvider time)
{
    /// <summary>Exclusive stories looked at for the held list, newest first.</summary>
    private const int HeldListed = 500;

    public async Task<StatusSnapshot> TakeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthRegistration.Ready), cancellationToken).ConfigureAwait(false);
        var outboxHead = store.OutboxHead();
        var partners = partnersFile.InForce;
        return new StatusSnapshot
        {
            At = now,
            Uptime = clock.Uptime,
            BootstrapServers = kafka.BootstrapServers,
            EmbeddedBroker = kafka.IsEmbedded,
            GroupId = options.Value.GroupId,
            AssignedPartitions = state.AssignedPartitions,
            Lag = state.Lag,
            Partitions = state.Partitions,
            Counts = store.Counts(),
            RejectedByReason = store.RejectionsByReason(),
            LastStoredAt = state.LastStoryAt,
            LastStory = store.Latest(1) is [var latest] ? new LastStory(latest.ItemId, latest.Current.Story.Headline, latest.Current.Story.Format, latest.UpdatedAt) : null,
            Flow = state.Flow.Recent(now),
            StorePath = store.Location,
            StoreIsFile = store is SqliteStoryStore,
            PartnersFile = partnersFile.FilePath,
            PartnerCount = partners.Directory.Partners.Count,
            PartnersVersion = partners.Version,
            PartnersRefused = partnersFile.Refusal,
            Held = Held(partners, routeBook.As(storeStamp.Current()), now),
            OutboxHead = outboxHead,
            Lanes = [.. lanes.Statuses.Select(lane => Lane(lane, outboxHead))],
            DeadLetters = deadLetters.Read(),
            Health = report,
        };
    }

    private static LaneSnapshot Lane(LaneStatus lane, long outboxHead)
    {
        var (lastError, lastErrorAt) = lane.LastError;
        var (lastDeliveredAt, lastLatency) = lane.LastDelivery;
        var subscription = lane.Target.Subscription;
        return new LaneSnapshot(
            lane.Target.PartnerId, lane.Target.TransportName, lane.Target.LaneId, lane.Position, Math.Max(0, outboxHead - lane.Position),
            lane.Delivered, lane.DeadLettered, lane.Deferred, CircuitStateNames.Of(lane.Circuit), lane.IsFailing,
            lastError, lastErrorAt, lastDeliveredAt, lastLatency, subscription?.Id, subscription?.Feed, subscription?.ExpiresAt, lane.IsStandby);
    }

    /// <summary>Stories exclusive to an organisation no partner is known as, routed to nobody yet: they wait for an operator.</summary>
    private List<HeldStory> Held(PartnersInForce partners, IReadOnlyDictionary<string, IReadOnlySet<string>> routes, DateTimeOffset now)
    {
        var held = new List<HeldStory>();
        foreach (var item in store.Exclusives(HeldListed))
        {
            var story = item.Current.Story;
            var audience = partners.Routing.Audience(story, isKilled: false, now, RouteBook.RoutedTo(routes, item.ItemId));
            if (audience.Kind == AudienceKind.Held && audience.PartnerIds.Count == 0)
            {
                held.Add(new HeldStory(item.ItemId, story.Id, story.Headline, story.Rights.ExclusiveTo, item.FirstStoredAt));
            }
        }

        return held;
    }
}
