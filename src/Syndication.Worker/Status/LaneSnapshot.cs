namespace Syndication.Worker.Status;

/// <summary>One delivery lane's figures at the snapshot's time.</summary>
/// <param name="PartnerId">The partner it delivers to.</param>
/// <param name="Transport">webhook, kafka or websub.</param>
/// <param name="LaneId">Its id in the store, where its position is kept.</param>
/// <param name="Position">The outbox sequence handled through (stored at most a second later).</param>
/// <param name="Lag">The outbox head minus its position.</param>
/// <param name="Delivered">Deliveries acknowledged since start.</param>
/// <param name="DeadLettered">Deliveries given up on since start.</param>
/// <param name="Deferred">Entries waiting for their embargo.</param>
/// <param name="Circuit">closed, open, half-open.</param>
/// <param name="Failing">Its latest attempt failed.</param>
/// <param name="LastError">The latest failed attempt, and when.</param>
/// <param name="LastErrorAt">When the latest failed attempt was.</param>
/// <param name="LastDeliveredAt">When the latest delivery was acknowledged.</param>
/// <param name="LastLatency">From the latest delivered story's storing to its acknowledgement.</param>
/// <param name="SubscriptionId">A WebSub lane's subscription id; null for a partner's own transports.</param>
/// <param name="Feed">A WebSub lane's feed.</param>
/// <param name="LeaseExpiresAt">A WebSub lane's lease end.</param>
/// <param name="Standby">Another worker on the same store drains the lane; this one takes over if it goes.</param>
public sealed record LaneSnapshot(
    string PartnerId,
    string Transport,
    string LaneId,
    long Position,
    long Lag,
    long Delivered,
    long DeadLettered,
    int Deferred,
    string Circuit,
    bool Failing,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? LastDeliveredAt,
    TimeSpan? LastLatency,
    long? SubscriptionId,
    string? Feed,
    DateTimeOffset? LeaseExpiresAt,
    bool Standby);
