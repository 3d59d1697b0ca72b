using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Http;

/// <summary><c>GET /status.json</c>: flow and counters for people and scripts. Fields are added, never renamed.</summary>
public static class StatusEndpoint
{
    public static IEndpointRouteBuilder MapStatusEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status.json", (KafkaEndpoint kafka, ConsumerState state, SqliteStoryStore store, IOptions<KafkaOptions> options, ServiceClock clock) =>
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
                ["store"] = new JsonObject { ["path"] = store.Path },
                ["uptimeSeconds"] = (long)clock.Uptime.TotalSeconds,
            };
            return Results.Text(document.ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }
}
