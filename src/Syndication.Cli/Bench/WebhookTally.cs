using System.Collections.Concurrent;

namespace Syndication.Cli.Bench;

/// <summary>
/// What the bench's webhook receivers got in one run, per partner: the distinct idempotency keys answered
/// 200 (a copy sent again counts once, so a partner has every story when it has as many keys as stories),
/// and the attempts answered 503.
/// </summary>
internal sealed class WebhookTally
{
    private readonly IReadOnlyDictionary<string, Receipts> _partners;

    internal WebhookTally(IEnumerable<string> partnerIds) =>
        _partners = partnerIds.ToDictionary(id => id, _ => new Receipts(), StringComparer.Ordinal);

    internal bool Knows(string partnerId) => _partners.ContainsKey(partnerId);

    internal void Delivered(string partnerId, string idempotencyKey)
    {
        var receipts = _partners[partnerId];
        if (receipts.Keys.TryAdd(idempotencyKey, 0))
        {
            Interlocked.Increment(ref receipts.Distinct);
        }
    }

    internal void Refused(string partnerId) => Interlocked.Increment(ref _partners[partnerId].Refusals);

    /// <summary>The distinct stories the partner was sent and answered 200.</summary>
    internal long DistinctDelivered(string partnerId) => Interlocked.Read(ref _partners[partnerId].Distinct);

    /// <summary>The attempts the partner answered 503.</summary>
    internal long Refusals(string partnerId) => Interlocked.Read(ref _partners[partnerId].Refusals);

    /// <summary>One partner's receipts; its counters are fields so that they can be incremented in place.</summary>
    private sealed class Receipts
    {
        internal readonly ConcurrentDictionary<string, byte> Keys = new(StringComparer.Ordinal);
        internal long Distinct;
        internal long Refusals;
    }
}
