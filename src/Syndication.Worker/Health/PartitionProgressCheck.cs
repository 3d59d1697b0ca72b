using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Health;

/// <summary>
/// Unready when a partition is stuck: it has lag and its position has not moved for <c>Health:StuckAfter</c>
/// (a poison batch retried forever, a store that refuses writes), so a restart or another replica can take it.
/// </summary>
public sealed class PartitionProgressCheck(ConsumerState state, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stuckAfter = options.Value.StuckAfter;
        var now = time.GetUtcNow();
        var stuck = state.Partitions.Where(partition => partition.Lag > 0 && now - partition.MovedAt >= stuckAfter).ToList();
        var data = new Dictionary<string, object>
        {
            ["stuckAfterSeconds"] = (long)stuckAfter.TotalSeconds,
            ["stuck"] = new JsonArray([.. stuck.Select(partition => new JsonObject
            {
                ["partition"] = partition.Partition,
                ["position"] = partition.Position,
                ["lag"] = partition.Lag,
                ["since"] = partition.MovedAt,
            })]),
        };
        return Task.FromResult(stuck.Count == 0
            ? HealthCheckResult.Healthy("every partition with lag is moving", data)
            : HealthCheckResult.Unhealthy($"partitions {string.Join(", ", stuck.Select(partition => partition.Partition))} have lag and have not moved for {stuckAfter}", data: data));
    }
}
