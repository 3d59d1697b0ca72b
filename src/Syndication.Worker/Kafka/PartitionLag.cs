namespace Syndication.Worker.Kafka;

/// <summary>One assigned partition of the raw topic as the consume loop last measured it.</summary>
/// <param name="Partition">The partition's number.</param>
/// <param name="Position">The next offset the consumer will read.</param>
/// <param name="Lag">Messages on it not yet consumed.</param>
/// <param name="MovedAt">When its position last moved or it was last caught up: a partition with lag whose position stays put is stuck.</param>
public sealed record PartitionLag(int Partition, long Position, long Lag, DateTimeOffset MovedAt);
