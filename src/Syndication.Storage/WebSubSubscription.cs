namespace Syndication.Storage;

/// <summary>A verified WebSub subscription: a callback receiving one partner feed (the topic) until its lease ends.</summary>
/// <param name="Id">Its id, never reused; its delivery lane is <c>websub:{Id}</c>.</param>
/// <param name="PartnerId">The partner whose key subscribed it.</param>
/// <param name="Feed">The name of the partner's feed the topic is.</param>
/// <param name="Topic">The topic URL, as the feed's <c>self</c> link gives it.</param>
/// <param name="Callback">Where content is distributed; it may carry the subscriber's token, so it is never logged whole.</param>
/// <param name="Secret">The subscriber's <c>hub.secret</c> that signs each distribution, or null for unsigned ones.</param>
/// <param name="LeaseSeconds">The lease granted, as the verification request said it.</param>
/// <param name="ExpiresAt">When the lease ends: the verification request's time plus the lease.</param>
public sealed record WebSubSubscription(
    long Id,
    string PartnerId,
    string Feed,
    Uri Topic,
    Uri Callback,
    string? Secret,
    int LeaseSeconds,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The subscription's delivery lane in the <c>lanes</c> table.</summary>
    public string LaneId => LaneOf(Id);

    /// <summary>The lane id of subscription <paramref name="id"/>.</summary>
    public static string LaneOf(long id) => $"websub:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Whether the lease has ended at <paramref name="now"/>.</summary>
    public bool HasExpired(DateTimeOffset now) => ExpiresAt <= now;
}
