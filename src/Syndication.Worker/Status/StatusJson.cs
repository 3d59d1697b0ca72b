using System.Globalization;
using System.Text.Json.Nodes;
using Syndication.Worker.Health;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Status;

/// <summary><c>/status.json</c>: a <see cref="StatusSnapshot"/> for scripts. Fields are added, never renamed.</summary>
public static class StatusJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static JsonObject Render(StatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rejectedByReason = new JsonObject();
        foreach (var (reason, count) in snapshot.RejectedByReason)
        {
            rejectedByReason[reason] = count;
        }

        var deadLetters = new JsonObject();
        foreach (var (topic, depth) in snapshot.DeadLetters)
        {
            deadLetters[topic] = depth;
        }

        return new JsonObject
        {
            ["kafka"] = new JsonObject
            {
                ["bootstrapServers"] = snapshot.BootstrapServers,
                ["embedded"] = snapshot.EmbeddedBroker,
                ["groupId"] = snapshot.GroupId,
                ["topic"] = KafkaTopics.RawStories,
                ["assignedPartitions"] = snapshot.AssignedPartitions,
                ["lag"] = snapshot.Lag,
                ["partitions"] = new JsonArray([.. snapshot.Partitions.Select(partition => new JsonObject
                {
                    ["partition"] = partition.Partition,
                    ["position"] = partition.Position,
                    ["lag"] = partition.Lag,
                    ["movedAt"] = partition.MovedAt,
                })]),
            },
            ["stories"] = new JsonObject
            {
                ["stored"] = snapshot.Counts.Stored,
                ["duplicates"] = snapshot.Counts.Duplicates,
                ["nearDuplicates"] = snapshot.Counts.NearDuplicates,
                ["superseded"] = snapshot.Counts.Superseded,
                ["rejected"] = snapshot.Counts.Rejected,
                ["rejectedByReason"] = rejectedByReason,
                ["lastStoredAt"] = snapshot.LastStoredAt,
                ["lastStory"] = snapshot.LastStory is { } last
                    ? new JsonObject { ["itemId"] = last.ItemId, ["headline"] = last.Headline, ["format"] = last.Format, ["storedAt"] = last.StoredAt }
                    : null,
            },
            ["flow"] = new JsonArray([.. snapshot.Flow.Select(minute => new JsonObject
            {
                ["minute"] = minute.Start,
                ["consumed"] = minute.Consumed,
                ["stored"] = minute.Stored,
            })]),
            ["store"] = new JsonObject { ["path"] = snapshot.StorePath },
            ["partners"] = new JsonObject
            {
                ["file"] = snapshot.PartnersFile,
                ["count"] = snapshot.PartnerCount,
                ["version"] = snapshot.PartnersVersion,
                ["refused"] = new JsonArray([.. snapshot.PartnersRefused.Select(error => JsonValue.Create(error))]),
            },
            ["held"] = new JsonArray([.. snapshot.Held.Select(story => new JsonObject
            {
                ["itemId"] = story.ItemId,
                ["storyId"] = story.StoryId,
                ["headline"] = story.Headline,
                ["exclusiveTo"] = story.ExclusiveTo,
                ["storedAt"] = story.StoredAt,
                ["route"] = story.RouteCommand,
            })]),
            ["deliveries"] = Deliveries(snapshot),
            ["deadLetters"] = deadLetters,
            ["health"] = HealthJson.StatusName(snapshot.Health.Status),
            ["uptimeSeconds"] = (long)snapshot.Uptime.TotalSeconds,
        };
    }

    /// <summary>Each partner's delivery lanes by transport (WebSub lanes by subscription id): how far each has read the outbox, what it did, its last error and its circuit.</summary>
    private static JsonObject Deliveries(StatusSnapshot snapshot)
    {
        var partners = new JsonObject();
        foreach (var lane in snapshot.Lanes)
        {
            if (partners[lane.PartnerId] is not JsonObject partner)
            {
                partners[lane.PartnerId] = partner = new JsonObject();
            }

            var status = new JsonObject
            {
                ["lane"] = lane.LaneId,
                ["position"] = lane.Position,
                ["outboxHead"] = snapshot.OutboxHead,
                ["lag"] = lane.Lag,
                ["delivered"] = lane.Delivered,
                ["deadLettered"] = lane.DeadLettered,
                ["deferred"] = lane.Deferred,
                ["lastError"] = lane.LastError,
                ["lastErrorAt"] = lane.LastErrorAt,
                ["lastDeliveredAt"] = lane.LastDeliveredAt,
                ["lastLatencySeconds"] = lane.LastLatency?.TotalSeconds,
                ["failing"] = lane.Failing,
                ["circuit"] = lane.Circuit,
                ["standby"] = lane.Standby,
            };
            if (lane.SubscriptionId is { } subscriptionId)
            {
                // By subscription id and feed: the callback and the secret are the subscriber's, and stay out.
                if (partner["websub"] is not JsonObject subscriptions)
                {
                    partner["websub"] = subscriptions = new JsonObject();
                }

                status["feed"] = lane.Feed;
                status["leaseExpiresAt"] = lane.LeaseExpiresAt;
                subscriptions[subscriptionId.ToString(CultureInfo.InvariantCulture)] = status;
            }
            else
            {
                partner[lane.Transport] = status;
            }
        }

        return partners;
    }
}
