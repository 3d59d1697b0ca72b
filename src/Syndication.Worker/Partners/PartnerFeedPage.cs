using Syndication.Storage;

namespace Syndication.Worker.Partners;

/// <summary>One page of a partner's feed.</summary>
/// <param name="Items">The items on it, most recently changed first.</param>
/// <param name="Next">The cursor of the next (older) page, or null on the last one.</param>
/// <param name="ChangesAt">The first embargo among the items looked at that ends after now: the page is the same until then.</param>
public sealed record PartnerFeedPage(IReadOnlyList<StoredItem> Items, long? Next, DateTimeOffset? ChangesAt);
