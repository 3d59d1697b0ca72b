using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Syndication.Worker.Configuration;
using Syndication.Worker.Health;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Tests.Health;

public sealed class PartitionProgressCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly ConsumerState _state = new();

    private PartitionProgressCheck Check => new(_state, Options.Create(new HealthOptions { StuckAfter = TimeSpan.FromMinutes(2) }), _time);

    [Fact]
    public async Task CheckHealth_LagThatHasNotMovedForStuckAfter_IsUnhealthy()
    {
        _state.LagMeasured([(0, 10, 5), (1, 7, 0)], _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        _state.LagMeasured([(0, 10, 9), (1, 7, 0)], _time.GetUtcNow());

        var result = await Check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(HealthStatus.Unhealthy);
        result.Description!.ShouldContain("partitions 0 ");
    }

    [Fact]
    public async Task CheckHealth_LagWhosePositionMoves_IsHealthy()
    {
        _state.LagMeasured([(0, 10, 5)], _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1));
        _state.LagMeasured([(0, 12, 5)], _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1.5));

        var result = await Check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealth_CaughtUpPartitionStandingStill_IsHealthy()
    {
        _state.LagMeasured([(0, 10, 0)], _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(10));
        _state.LagMeasured([(0, 10, 0)], _time.GetUtcNow());

        (await Check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken)).Status.ShouldBe(HealthStatus.Healthy);
    }
}
