namespace Syndication.Core.Partners;

/// <summary>
/// A partner endpoint's circuit breaker (the partners file's <c>retry.breaker</c>): when at least
/// <see cref="FailureRatio"/> of at least <see cref="MinimumThroughput"/> deliveries within
/// <see cref="SamplingDuration"/> failed, nothing is sent to it for <see cref="BreakDuration"/>.
/// </summary>
public sealed record BreakerPolicy(double FailureRatio, int MinimumThroughput, TimeSpan SamplingDuration, TimeSpan BreakDuration)
{
    public static BreakerPolicy Default { get; } = new(0.5, 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
}
