namespace Syndication.Core.Feeds;

/// <summary>An item that was killed: Atom says so with an RFC 6721 <c>at:deleted-entry</c> for a while.</summary>
public sealed record FeedTombstone(string ItemId, DateTimeOffset KilledAt);
