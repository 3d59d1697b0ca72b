using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.Health;

/// <summary>
/// Degraded, never unready, while a partner is down (a lane's circuit open, or its latest attempt failed):
/// stories still flow in and to the other partners, and restarting the worker would not bring the partner back.
/// </summary>
public sealed class PartnerLanesCheck(DeliveryLanes lanes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = lanes.Statuses.Where(lane => lane.Circuit == CircuitState.Open || lane.IsFailing).ToList();
        var data = new Dictionary<string, object>
        {
            ["lanes"] = lanes.Statuses.Count,
            ["failing"] = new JsonArray([.. down.Select(lane => new JsonObject
            {
                ["partner"] = lane.Target.PartnerId,
                ["transport"] = lane.Target.TransportName,
                ["circuit"] = CircuitStateNames.Of(lane.Circuit),
                ["lastError"] = lane.LastError.Error,
                ["lastErrorAt"] = lane.LastError.At,
            })]),
        };
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("every partner lane delivers", data)
            : HealthCheckResult.Degraded($"partner lanes down: {string.Join(", ", down.Select(lane => $"{lane.Target.PartnerId}/{lane.Target.TransportName}").Distinct())}", data: data));
    }
}
