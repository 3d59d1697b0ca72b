using Polly.CircuitBreaker;

namespace Syndication.Worker.Delivery;

/// <summary>Circuit states as <c>/status.json</c>, the status page and health write them.</summary>
public static class CircuitStateNames
{
    public static string Of(CircuitState state) => state switch
    {
        CircuitState.Closed => "closed",
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half-open",
        _ => "isolated",
    };
}
