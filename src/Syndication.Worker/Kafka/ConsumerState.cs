using Syndication.Worker.Status;

namespace Syndication.Worker.Kafka;

/// <summary>What the consume loop last saw, for health and status. Written by one thread, read by many.</summary>
public sealed class ConsumerState
{
    private int _assignedPartitions;
    private long _lag;
    private long _lastStoryAtMs;

    // Swapped whole: a reader sees one measurement's partitions, never a mix of two.
    private IReadOnlyList<PartitionLag> _partitions = [];

    public int AssignedPartitions => Volatile.Read(ref _assignedPartitions);

    /// <summary>Messages on the assigned partitions not yet consumed.</summary>
    public long Lag => Volatile.Read(ref _lag);

    /// <summary>Each assigned partition's lag as last measured, by partition number.</summary>
    public IReadOnlyList<PartitionLag> Partitions => Volatile.Read(ref _partitions);

    /// <summary>Messages consumed and stories stored per minute, as batches are committed.</summary>
    public FlowRing Flow { get; } = new();

    public DateTimeOffset? LastStoryAt =>
        Volatile.Read(ref _lastStoryAtMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    internal void Assigned(int partitions)
    {
        Volatile.Write(ref _assignedPartitions, partitions);
        Volatile.Write(ref _partitions, []);
    }

    /// <summary>Takes a measurement of the assigned partitions at <paramref name="at"/>, keeping when each last moved.</summary>
    internal void LagMeasured(IEnumerable<(int Partition, long Position, long Lag)> measured, DateTimeOffset at)
    {
        var before = Partitions.ToDictionary(partition => partition.Partition);
        var partitions = new List<PartitionLag>();
        foreach (var (partition, position, lag) in measured.OrderBy(partition => partition.Partition))
        {
            var moved = lag == 0 || !before.TryGetValue(partition, out var last) || last.Position != position;
            partitions.Add(new PartitionLag(partition, position, lag, moved ? at : before[partition].MovedAt));
        }

        Volatile.Write(ref _partitions, partitions);
        Volatile.Write(ref _lag, partitions.Sum(partition => partition.Lag));
    }

    /// <summary>A batch of <paramref name="consumed"/> messages committed at <paramref name="at"/>, <paramref name="stored"/> of its stories new.</summary>
    internal void Committed(DateTimeOffset at, int consumed, int stored)
    {
        Flow.Record(at, consumed, stored);
        if (stored > 0)
        {
            Volatile.Write(ref _lastStoryAtMs, at.ToUnixTimeMilliseconds());
        }
    }
}
