namespace Syndication.Worker.Http;

/// <summary>What a feed is rendered from: the store's latest change, its routes, and the partners file in force.</summary>
public readonly record struct FeedVersion(long Sequence, long Routes, long Partners);
