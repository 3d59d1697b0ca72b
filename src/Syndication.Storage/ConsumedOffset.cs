namespace Syndication.Storage;

/// <summary>The next offset to read from a partition, and the cluster it belongs to.</summary>
public sealed record ConsumedOffset(string Topic, int Partition, long NextOffset, string? ClusterId);
