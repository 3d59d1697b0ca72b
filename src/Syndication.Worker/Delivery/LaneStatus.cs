using Polly.CircuitBreaker;

namespace Syndication.Worker.Delivery;

/// <summary>What a lane has done, for <c>/status.json</c>: written by the lane, read by requests.</summary>
public sealed class LaneStatus(LaneTarget target, DeliveryPolicy policy)
{
    private readonly Lock _gate = new();
    private long _position;
    private long _delivered;
    private long _deadLettered;
    private int _deferred;
    private string? _lastError;
    private DateTimeOffset? _lastErrorAt;

    public LaneTarget Target => target;

    /// <summary>The outbox sequence the lane has handled through, as stored.</summary>
    public long Position => Interlocked.Read(ref _position);

    public long Delivered => Interlocked.Read(ref _delivered);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Entries waiting for their embargo to end.</summary>
    public int Deferred => Volatile.Read(ref _deferred);

    public CircuitState Circuit => policy.Circuit;

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

    internal void CountDelivered() => Interlocked.Increment(ref _delivered);

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
