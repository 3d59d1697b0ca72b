namespace Syndication.Worker.Kafka;

/// <summary>What the consume loop last saw, for health and status. Written by one thread, read by many.</summary>
public sealed class ConsumerState
{
    private int _assignedPartitions;
    private long _lag;
    private long _lastStoryAtMs;
    private IReadOnlyDictionary<int, long> _partitionLags = new Dictionary<int, long>();

    public int AssignedPartitions => Volatile.Read(ref _assignedPartitions);

    /// <summary>Messages on the assigned partitions not yet consumed.</summary>
    public long Lag => Volatile.Read(ref _lag);

    /// <summary>The lag of each assigned partition of <c>wire.stories.raw</c>, by partition, as last measured.</summary>
    public IReadOnlyDictionary<int, long> PartitionLags => Volatile.Read(ref _partitionLags);

    public DateTimeOffset? LastStoryAt =>
        Volatile.Read(ref _lastStoryAtMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    internal void Assigned(int partitions)
    {
        Volatile.Write(ref _assignedPartitions, partitions);
        if (partitions == 0)
        {
            Volatile.Write(ref _partitionLags, new Dictionary<int, long>());
        }
    }

    internal void LagMeasured(IReadOnlyDictionary<int, long> byPartition)
    {
        Volatile.Write(ref _partitionLags, byPartition);
        Volatile.Write(ref _lag, byPartition.Values.Sum());
    }

    internal void StorySeen(DateTimeOffset at) => Volatile.Write(ref _lastStoryAtMs, at.ToUnixTimeMilliseconds());
}
