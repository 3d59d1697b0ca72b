using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;
using Syndication.Worker.Pipeline;

namespace Syndication.Worker.Http;

/// <summary><c>GET /status.json</c>: flow and counters for people and scripts. Fields are added, never renamed.</summary>
public static class StatusEndpoint
{
    /// <summary>Exclusive stories looked at for the held list, newest first.</summary>
    private const int HeldListed = 500;

    public static IEndpointRouteBuilder MapStatusEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status.json", (KafkaEndpoint kafka, ConsumerState state, IStoryStore store, IOptions<KafkaOptions> options, ServiceClock clock,
            PartnersFileWatch partnersFile, StoreStamp storeStamp, RouteBook routeBook, DeliveryLanes lanes, TimeProvider time) =>
        {
            var counts = store.Counts();
            var rejectedByReason = new JsonObject();
            foreach (var (reason, count) in store.RejectionsByReason())
            {
                rejectedByReason[reason] = count;
            }

            var document = new JsonObject
            {
                ["kafka"] = new JsonObject
                {
                    ["bootstrapServers"] = kafka.BootstrapServers,
                    ["embedded"] = kafka.IsEmbedded,
                    ["groupId"] = options.Value.GroupId,
                    ["topic"] = KafkaTopics.RawStories,
                    ["assignedPartitions"] = state.AssignedPartitions,
                    ["lag"] = state.Lag,
                },
                ["stories"] = new JsonObject
                {
                    ["stored"] = counts.Stored,
                    ["duplicates"] = counts.Duplicates,
                    ["nearDuplicates"] = counts.NearDuplicates,
                    ["superseded"] = counts.Superseded,
                    ["rejected"] = counts.Rejected,
                    ["rejectedByReason"] = rejectedByReason,
                    ["lastStoredAt"] = state.LastStoryAt,
                },
                ["store"] = new JsonObject { ["path"] = store.Location },
                ["partners"] = new JsonObject
                {
                    ["file"] = partnersFile.FilePath,
                    ["count"] = partnersFile.InForce.Directory.Partners.Count,
                    ["version"] = partnersFile.InForce.Version,
                    ["refused"] = new JsonArray([.. partnersFile.Refusal.Select(error => JsonValue.Create(error))]),
                },
                ["held"] = Held(store, partnersFile.InForce, routeBook.As(storeStamp.Current()), time.GetUtcNow()),
                ["deliveries"] = Deliveries(lanes, store.OutboxHead()),
                ["uptimeSeconds"] = (long)clock.Uptime.TotalSeconds,
            };
            return Results.Text(document.ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>Each partner's delivery lanes by transport (WebSub lanes by subscription id): how far each has read the outbox, what it did, its last error and its circuit.</summary>
    private static JsonObject Deliveries(DeliveryLanes lanes, long outboxHead)
    {
        var partners = new JsonObject();
        foreach (var lane in lanes.Statuses)
        {
            if (partners[lane.Target.PartnerId] is not JsonObject partner)
            {
                partners[lane.Target.PartnerId] = partner = new JsonObject();
            }

            var (lastError, lastErrorAt) = lane.LastError;
            var status = new JsonObject
            {
                ["lane"] = lane.Target.LaneId,
                ["position"] = lane.Position,
                ["outboxHead"] = outboxHead,
                ["lag"] = Math.Max(0, outboxHead - lane.Position),
                ["delivered"] = lane.Delivered,
                ["deadLettered"] = lane.DeadLettered,
                ["deferred"] = lane.Deferred,
                ["lastError"] = lastError,
                ["lastErrorAt"] = lastErrorAt,
                ["circuit"] = lane.Circuit switch
                {
                    Polly.CircuitBreaker.CircuitState.Closed => "closed",
                    Polly.CircuitBreaker.CircuitState.Open => "open",
                    Polly.CircuitBreaker.CircuitState.HalfOpen => "half-open",
                    _ => "isolated",
                },
            };
            if (lane.Target.Subscription is { } subscription)
            {
                // By subscription id and feed: the callback and the secret are the subscriber's, and stay out.
                if (partner["websub"] is not JsonObject subscriptions)
                {
                    partner["websub"] = subscriptions = new JsonObject();
                }

                status["feed"] = subscription.Feed;
                status["leaseExpiresAt"] = subscription.ExpiresAt;
                subscriptions[subscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = status;
            }
            else
            {
                partner[lane.Target.TransportName] = status;
            }
        }

        return partners;
    }

    /// <summary>Stories exclusive to an organisation no partner is known as, routed to nobody yet: they wait for an operator.</summary>
    private static JsonArray Held(IStoryStore store, PartnersInForce partners, IReadOnlyDictionary<string, IReadOnlySet<string>> routes, DateTimeOffset now)
    {
        var held = new JsonArray();
        foreach (var item in store.Exclusives(HeldListed))
        {
            var story = item.Current.Story;
            var audience = partners.Routing.Audience(story, isKilled: false, now, RouteBook.RoutedTo(routes, item.ItemId));
            if (audience.Kind == AudienceKind.Held && audience.PartnerIds.Count == 0)
            {
                held.Add(new JsonObject
                {
                    ["itemId"] = item.ItemId,
                    ["storyId"] = story.Id,
                    ["headline"] = story.Headline,
                    ["exclusiveTo"] = story.Rights.ExclusiveTo,
                    ["storedAt"] = item.FirstStoredAt,
                    ["route"] = $"syndication route {item.ItemId} PARTNER",
                });
            }
        }

        return held;
    }
}
