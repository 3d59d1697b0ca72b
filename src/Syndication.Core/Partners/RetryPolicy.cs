namespace Syndication.Core.Partners;

/// <summary>How hard a delivery to a partner is tried before it is dead-lettered (the partners file's <c>retry</c>).</summary>
/// <param name="Attempts">Attempts in all, the first included; 1 means no retry.</param>
/// <param name="BaseDelay">The median wait before the first retry; each later one doubles it, with jitter.</param>
/// <param name="MaxDelay">No wait between attempts is longer, save one a partner asked for with <c>Retry-After</c>.</param>
/// <param name="Timeout">How long one attempt may take.</param>
/// <param name="GiveUpAfter">How long a delivery may take, every attempt and wait included.</param>
/// <param name="Breaker">When the partner's endpoint is left alone for a while.</param>
public sealed record RetryPolicy(int Attempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Timeout, TimeSpan GiveUpAfter, BreakerPolicy Breaker)
{
    public static RetryPolicy Default { get; } = new(
        8, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), BreakerPolicy.Default);
}
