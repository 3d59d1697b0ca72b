using System.ServiceModel.Syndication;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>The parts of a <see cref="SyndicationFeed"/> that RSS and Atom share.</summary>
internal static class SyndicationFeedFactory
{
    /// <summary>The feed, its items made by <paramref name="toItem"/>, and its links typed as <paramref name="mediaType"/>.</summary>
    internal static SyndicationFeed Create(FeedDescription description, IReadOnlyList<FeedEntry> entries, Func<FeedEntry, SyndicationItem> toItem, string mediaType)
    {
        var updated = entries.Count > 0 ? entries.Max(entry => entry.Updated) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(description.Title, description.Title, description.BaseUri, description.Id, updated)
        {
            Generator = "Syndication",
            Items = entries.Select(toItem).ToList(),
        };
        // RFC 5005 section 3: a paged feed says where it is and where its next (older) page is.
        if (description.Self is { } self)
        {
            feed.Links.Add(SyndicationLink.CreateSelfLink(self, mediaType));
        }

        if (description.Next is { } next)
        {
            feed.Links.Add(new SyndicationLink(next, "next", null, mediaType, 0));
        }

        // WebSub discovery: a hub link beside the self link; the hub is no feed, so it has no media type.
        if (description.Hub is { } hub)
        {
            feed.Links.Add(new SyndicationLink(hub, "hub", null, null, 0));
        }

        return feed;
    }

    internal static SyndicationItem CreateItem(FeedDescription description, FeedEntry entry)
    {
        var story = entry.Story;
        var item = new SyndicationItem
        {
            Id = EntryId(entry.ItemId),
            Title = new TextSyndicationContent(story.Headline),
            Summary = new TextSyndicationContent(StorySummary.Of(story)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(description.StoryLink(entry), description.StoryMediaType));
        if (story.IsCorrection)
        {
            item.Categories.Add(new SyndicationCategory(CorrectionTerm, StatusScheme, "Correction"));
        }

        foreach (var mark in entry.Marks)
        {
            item.Categories.Add(new SyndicationCategory(mark.Term, StatusScheme, mark.Label));
        }

        return item;
    }

    /// <summary>The scheme of the categories that say what a version is (a correction) and, in the firehose, who may see it.</summary>
    internal const string StatusScheme = "urn:syndication:status";

    internal const string CorrectionTerm = "correction";

    /// <summary>Entry ids are URNs of the item id: the same for every version of a story, in every feed.</summary>
    internal static string EntryId(string itemId) => $"urn:syndication:story:{itemId}";

    internal static IEnumerable<Contributor> Authors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Author or ContributorRole.Reporter or ContributorRole.Writer);

    internal static IEnumerable<Contributor> Editors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Editor);
}
