using Polly.CircuitBreaker;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Tests.Telemetry;

public sealed class TelemetryGaugesTests
{
    [Theory]
    [InlineData(CircuitState.Closed, 0)]
    [InlineData(CircuitState.Open, 1)]
    [InlineData(CircuitState.Isolated, 1)]
    [InlineData(CircuitState.HalfOpen, 2)]
    public void CircuitValue_State_IsTheGaugesValue(CircuitState state, int value)
    {
        TelemetryGauges.CircuitValue(state).ShouldBe(value);
    }
}
