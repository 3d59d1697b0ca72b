using System.Text.Json.Nodes;
using Syndication.Storage;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: partitions of the raw topic are assigned
/// and the store answers a query; 503 with the failing checks otherwise.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Text("""{"status":"live"}""", "application/json"));
        endpoints.MapGet("/health/ready", (ConsumerState state, IStoryStore store) =>
        {
            var kafkaAssigned = state.AssignedPartitions > 0;
            var storeOpen = store.IsAvailable();
            var ready = kafkaAssigned && storeOpen;
            var document = new JsonObject
            {
                ["status"] = ready ? "ready" : "unready",
                ["checks"] = new JsonObject
                {
                    ["kafka"] = new JsonObject { ["assignedPartitions"] = state.AssignedPartitions, ["ok"] = kafkaAssigned },
                    ["store"] = new JsonObject { ["ok"] = storeOpen },
                },
            };
            return Results.Text(document.ToJsonString(), "application/json", statusCode: ready ? 200 : 503);
        });
        return endpoints;
    }
}
