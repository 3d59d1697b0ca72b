using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>An item as a feed shows it: its current version, when it was first published and last updated.</summary>
/// <param name="ItemId">The item's id: the entry id is made from it, so it stays the same across versions.</param>
/// <param name="Story">The item's current version.</param>
/// <param name="Published">When its first version was stored.</param>
/// <param name="Updated">When its current version was stored.</param>
public sealed record FeedEntry(string ItemId, Story Story, DateTimeOffset Published, DateTimeOffset Updated)
{
    /// <summary>How the operator's firehose marks the entry (exclusive, held, embargoed); none in partners' feeds.</summary>
    public IReadOnlyList<FeedMark> Marks { get; init; } = [];
}
