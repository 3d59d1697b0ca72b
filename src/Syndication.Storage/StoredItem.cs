namespace Syndication.Storage;

/// <summary>
/// An item: the one story that all its versions, corrections and a kill are versions of, with the version
/// to show.
/// </summary>
/// <param name="ItemId">Stable across versions; the feeds' entry id is made from it.</param>
/// <param name="Current">The version that outranks the others (see <c>VersionRank</c>).</param>
/// <param name="FirstStoredAt">When its first version was stored.</param>
/// <param name="UpdatedAt">When the current version was stored.</param>
/// <param name="KilledAt">When a kill of it was stored; a killed item never shows again.</param>
/// <param name="DuplicateOf">The item whose body this one's first version nearly duplicated, when it did.</param>
/// <param name="ChangeSequence">The sequence of the story that last changed it: feeds are ordered and paged by it.</param>
public sealed record StoredItem(string ItemId, StoredStory Current, DateTimeOffset FirstStoredAt, DateTimeOffset UpdatedAt, DateTimeOffset? KilledAt, string? DuplicateOf, long ChangeSequence);
