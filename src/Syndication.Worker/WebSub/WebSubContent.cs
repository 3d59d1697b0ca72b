using Syndication.Core.Feeds;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Delivery;
using Syndication.Worker.Partners;

namespace Syndication.Worker.WebSub;

/// <summary>
/// What a subscription is sent for one outbox entry: the topic's document (the partner feed in its own
/// format, hub and self links included) with that one entry at its latest version, or for a kill the
/// Atom feed's tombstone of it. The Recommendation lets a hub leave already-delivered entries out of an
/// Atom or RSS feed; the other entries were sent when they changed.
/// </summary>
/// <remarks>
/// Implementation note: JSON Feed has no such words, and its document is sent the same way, one item, since
/// the whole feed each time would repeat every other item to every subscriber at each change; a subscriber
/// that wants the whole feed fetches the topic. RSS and JSON Feed have no tombstone: a kill is sent to
/// them as nothing (a document without the item would say nothing), and their subscribers learn of it from
/// the story's 410. Kills go to those who could see the story, as the partner feed's tombstones do.
/// </remarks>
public static class WebSubContent
{
    /// <summary>The document to distribute, or null when the subscription gets nothing for this entry.</summary>
    public static PushedStory? Render(PartnersInForce partners, Partner partner, WebSubSubscription subscription, StoredItem item, OutboxKind kind, string publisher)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(item);
        if (partner.Feeds.FirstOrDefault(candidate => string.Equals(candidate.Name, subscription.Feed, StringComparison.Ordinal)) is not { } feed)
        {
            return null;
        }

        var format = PartnerFeedFormat.Of(feed.Format);
        var description = PartnerFeedDescription.Of(PartnerFeedDescription.BaseOf(subscription.Topic), partners, partner, feed, publisher, null, null);
        byte[] body;
        if (item.KilledAt is { } killedAt)
        {
            if (feed.Format != FeedFormat.Atom)
            {
                return null;
            }

            body = format.Render(description, [], [new FeedTombstone(item.ItemId, killedAt)]);
        }
        else
        {
            if (!feed.Filter.Matches(item.Current.Story))
            {
                return null;
            }

            body = format.Render(description, [new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt)], []);
        }

        return new PushedStory(item.ItemId, item.Current.Story.Id, item.Current.Sequence, kind, feed.Format.ToString(), format.ContentType, body);
    }
}
