namespace Syndication.Storage;

/// <summary>A killed item, for the feeds that say so (Atom's RFC 6721 deleted-entry).</summary>
public sealed record ItemTombstone(string ItemId, DateTimeOffset KilledAt);
