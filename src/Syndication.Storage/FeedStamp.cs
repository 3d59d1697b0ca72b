namespace Syndication.Storage;

/// <summary>Identifies the store's newest content: changes exactly when a new story is stored.</summary>
public readonly record struct FeedStamp(long LatestSequence, DateTimeOffset? LatestStoredAt);
