namespace Syndication.Worker.Kafka;

/// <summary>What the consume loop last saw, for health and status. Written by one thread, read by many.</summary>
public sealed class ConsumerState
{
    private int _assignedPartitions;
    private long _lag;
    private long _lastStoryAtMs;

    public int AssignedPartitions => Volatile.Read(ref _assignedPartitions);

    /// <summary>Messages on the assigned partitions not yet consumed.</summary>
    public long Lag => Volatile.Read(ref _lag);

    public DateTimeOffset? LastStoryAt =>
        Volatile.Read(ref _lastStoryAtMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    internal void Assigned(int partitions) => Volatile.Write(ref _assignedPartitions, partitions);

    internal void LagMeasured(long lag) => Volatile.Write(ref _lag, lag);

    internal void StorySeen(DateTimeOffset at) => Volatile.Write(ref _lastStoryAtMs, at.ToUnixTimeMilliseconds());
}
