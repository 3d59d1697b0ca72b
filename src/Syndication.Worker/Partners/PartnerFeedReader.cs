using Syndication.Core.Feeds;
using Syndication.Core.Partners;
using Syndication.Core.Stories;
using Syndication.Storage;

namespace Syndication.Worker.Partners;

/// <summary>
/// Reads a page of a partner's feed from the store: the items the partner may see now (rights routing)
/// that the feed's filter takes, most recently changed first.
/// </summary>
/// <remarks>
/// Implementation note: rights and filters are applied to the stories as read, not in SQL: they are rules
/// over the story (names compared loosely, subjects by code or name), and the store stays one that any
/// partners file can use. A page looks at no more than <see cref="MaxLookedAt"/> items, so a narrow filter
/// costs a bounded read per request; its <c>next</c> link carries on from where it stopped.
/// </remarks>
public sealed class PartnerFeedReader(IStoryStore store, TimeProvider time)
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>Items looked at for one page, at most.</summary>
    public const int MaxLookedAt = 2_000;

    private const int ReadAhead = 200;

    public PartnerFeedPage Read(PartnersInForce partners, Partner partner, StoryFilter filter, IReadOnlyDictionary<string, IReadOnlySet<string>> routes, long? before)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(routes);
        var now = time.GetUtcNow();
        var page = new List<StoredItem>(PageSize);
        DateTimeOffset? changesAt = null;
        var cursor = before;
        var lookedAt = 0;
        while (lookedAt < MaxLookedAt)
        {
            var batch = store.Latest(ReadAhead, cursor);
            foreach (var item in batch)
            {
                lookedAt++;
                cursor = item.ChangeSequence;
                var routedTo = RouteBook.RoutedTo(routes, item.ItemId);
                var audience = partners.Routing.Audience(item.Current.Story, isKilled: false, now, routedTo);
                if (audience is { Kind: AudienceKind.Embargoed, Until: { } until } && (changesAt is null || until < changesAt))
                {
                    changesAt = until;
                }

                if (audience.Admits(partner.Id) && filter.Matches(item.Current.Story))
                {
                    page.Add(item);
                    if (page.Count == PageSize)
                    {
                        return new PartnerFeedPage(page, item.ChangeSequence, changesAt);
                    }
                }
            }

            if (batch.Count < ReadAhead)
            {
                return new PartnerFeedPage(page, null, changesAt);
            }
        }

        return new PartnerFeedPage(page, cursor, changesAt);
    }

    /// <summary>
    /// Whether the partner may see the item, or could before it was killed: a kill is news only to those who
    /// could see the story, so they alone get its tombstone and its 410.
    /// </summary>
    /// <remarks>The kill's own rights stand for the item's, read as if it were a usable version.</remarks>
    public static bool CouldSee(PartnersInForce partners, Partner partner, StoredItem item, DateTimeOffset now, IReadOnlyList<string> routedTo)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(item);
        var story = item.Current.Story.PubStatus == PubStatus.Canceled ? item.Current.Story with { PubStatus = PubStatus.Usable } : item.Current.Story;
        return partners.Routing.Audience(story, isKilled: false, now, routedTo).Admits(partner.Id);
    }

    /// <summary>The items killed since <paramref name="since"/> that the partner could see before: those it must remove.</summary>
    public IReadOnlyList<FeedTombstone> Tombstones(PartnersInForce partners, Partner partner, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        var now = time.GetUtcNow();
        var tombstones = new List<FeedTombstone>();
        foreach (var tombstone in store.Tombstones(since, PageSize))
        {
            if (store.FindItem(tombstone.ItemId) is { } item && CouldSee(partners, partner, item, now, []))
            {
                tombstones.Add(tombstone);
            }
        }

        return tombstones;
    }
}
