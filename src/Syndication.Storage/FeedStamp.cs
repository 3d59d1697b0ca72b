namespace Syndication.Storage;

/// <summary>
/// Identifies the store's newest content: changes exactly when a new story is stored, an item is killed,
/// or an operator routes an item to a partner.
/// </summary>
public readonly record struct FeedStamp(long LatestSequence, DateTimeOffset? LatestStoredAt, long Routes);
