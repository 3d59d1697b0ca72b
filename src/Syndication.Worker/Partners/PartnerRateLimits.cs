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

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one request from the partner's budget: null when it may go on, else how long to wait before trying again.</summary>
    public TimeSpan? TryAcquire(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (partner.RateLimit is not { PerMinute: var perMinute })
        {
            return null;
        }

        while (true)
        {
            var bucket = Current(partner.Id, perMinute);
            try
            {
                using var lease = bucket.Limiter.AttemptAcquire();
                if (lease.IsAcquired)
                {
                    return null;
                }

                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : s_refillPeriod;
            }
            catch (ObjectDisposedException)
            {
                // The partner's limit changed while this request held the old bucket: take the new one.
            }
        }
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Limiter.Dispose();
        }
    }

    /// <summary>The partner's bucket at this limit; a changed limit replaces it (and disposes the old one) exactly once.</summary>
    private Bucket Current(string partnerId, int perMinute)
    {
        while (true)
        {
            if (_buckets.TryGetValue(partnerId, out var bucket) && bucket.PerMinute == perMinute)
            {
                return bucket;
            }

            var created = new Bucket(perMinute, Create(perMinute));
            var swapped = bucket is null ? _buckets.TryAdd(partnerId, created) : _buckets.TryUpdate(partnerId, created, bucket);
            if (swapped)
            {
                bucket?.Limiter.Dispose();
                return created;
            }

            created.Limiter.Dispose();
        }
    }

    private static TokenBucketRateLimiter Create(int perMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
        ReplenishmentPeriod = perMinute >= 60 ? s_refillPeriod : TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    private sealed record Bucket(int PerMinute, TokenBucketRateLimiter Limiter);
}
