using Polly.CircuitBreaker;

namespace Syndication.Worker.Delivery;

/// <summary>What a lane has done, for <c>/status</c>, <c>/status.json</c> and health: written by the lane, read by requests.</summary>
public sealed class LaneStatus(LaneTarget target, DeliveryPolicy policy)
{
    private readonly Lock _gate = new();
    private long _position;
    private long _delivered;
    private long _deadLettered;
    private int _deferred;
    private int _standby;
    private string? _lastError;
    private DateTimeOffset? _lastErrorAt;
    private DateTimeOffset? _lastDeliveredAt;
    private TimeSpan? _lastLatency;

    public LaneTarget Target => target;

    /// <summary>The outbox sequence the lane has handled through (stored at the end of each batch, at most a second later).</summary>
    public long Position => Interlocked.Read(ref _position);

    public long Delivered => Interlocked.Read(ref _delivered);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Entries waiting for their embargo to end.</summary>
    public int Deferred => Volatile.Read(ref _deferred);

    public CircuitState Circuit => policy.Circuit;

    /// <summary>Whether another worker on the same store holds this lane's lease and drains it, this one waiting to take over.</summary>
    public bool IsStandby => Volatile.Read(ref _standby) == 1;

    internal void SetStandby(bool standby) => Volatile.Write(ref _standby, standby ? 1 : 0);

    /// <summary>When the latest delivery was acknowledged, and how long after its story was stored; or nulls.</summary>
    public (DateTimeOffset? At, TimeSpan? Latency) LastDelivery
    {
        get
        {
            lock (_gate)
            {
                return (_lastDeliveredAt, _lastLatency);
            }
        }
    }

    /// <summary>Whether its latest attempt failed: an error came after the latest delivery, or none was ever made.</summary>
    public bool IsFailing
    {
        get
        {
            lock (_gate)
            {
                return _lastErrorAt is { } failed && (_lastDeliveredAt is not { } delivered || failed > delivered);
            }
        }
    }

    /// <summary>The latest failed attempt (or fault) and when it was, or nulls.</summary>
    public (string? Error, DateTimeOffset? At) LastError
    {
        get
        {
            lock (_gate)
            {
                return (_lastError, _lastErrorAt);
            }
        }
    }

    internal void Advanced(long through) => Interlocked.Exchange(ref _position, through);

    /// <summary>A delivery acknowledged at <paramref name="at"/>, <paramref name="latency"/> after its story was stored.</summary>
    internal void CountDelivered(DateTimeOffset at, TimeSpan latency)
    {
        Interlocked.Increment(ref _delivered);
        lock (_gate)
        {
            (_lastDeliveredAt, _lastLatency) = (at, latency);
        }
    }

    internal void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void SetDeferred(int count) => Volatile.Write(ref _deferred, count);

    internal void Failed(string error, DateTimeOffset at)
    {
        lock (_gate)
        {
            (_lastError, _lastErrorAt) = (error, at);
        }
    }
}
