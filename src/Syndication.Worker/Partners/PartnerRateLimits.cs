using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Syndication.Core.Partners;

namespace Syndication.Worker.Partners;

/// <summary>
/// Each partner's request budget (<c>rateLimit.perMinute</c>): a token bucket that holds a minute's requests
/// and refills at the partner's rate (a sixtieth every second, or one token at a time below one a second),
/// so a partner may burst but not sustain more than its rate.
/// A changed limit in the partners file takes effect with the next request.
/// </summary>
public sealed class PartnerRateLimits : IDisposable
{
    private static readonly TimeSpan s_refillPeriod = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (int PerMinute, TokenBucketRateLimiter Limiter)> _limiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one request from the partner's budget: null when it may go on, else how long to wait before trying again.</summary>
    public TimeSpan? TryAcquire(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (partner.RateLimit is not { PerMinute: var perMinute })
        {
            return null;
        }

        var entry = _limiters.AddOrUpdate(
            partner.Id,
            _ => (perMinute, Create(perMinute)),
            (_, existing) => existing.PerMinute == perMinute ? existing : Replace(existing.Limiter, perMinute));
        using var lease = entry.Limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : s_refillPeriod;
    }

    public void Dispose()
    {
        foreach (var (_, limiter) in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private static (int, TokenBucketRateLimiter) Replace(TokenBucketRateLimiter old, int perMinute)
    {
        old.Dispose();
        return (perMinute, Create(perMinute));
    }

    private static TokenBucketRateLimiter Create(int perMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
        ReplenishmentPeriod = perMinute >= 60 ? s_refillPeriod : TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
