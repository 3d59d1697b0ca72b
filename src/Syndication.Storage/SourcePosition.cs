namespace Syndication.Storage;

/// <summary>Where a message was read: topic, partition and offset.</summary>
public readonly record struct SourcePosition(string Topic, int Partition, long Offset);
