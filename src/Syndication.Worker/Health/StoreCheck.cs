using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Storage;

namespace Syndication.Worker.Health;

/// <summary>Ready only while the store answers a query.</summary>
public sealed class StoreCheck(IStoryStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsAvailable() ? HealthCheckResult.Healthy("the store answers") : HealthCheckResult.Unhealthy("the store does not answer"));
}
