using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Health;

/// <summary>Ready only while the consumer group has given this worker partitions of the raw topic.</summary>
public sealed class KafkaAssignmentCheck(ConsumerState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var assigned = state.AssignedPartitions;
        var data = new Dictionary<string, object> { ["assignedPartitions"] = assigned };
        return Task.FromResult(assigned > 0
            ? HealthCheckResult.Healthy($"{assigned} partitions of {KafkaTopics.RawStories} assigned", data)
            : HealthCheckResult.Unhealthy($"no partition of {KafkaTopics.RawStories} assigned", data: data));
    }
}
