using System.ServiceModel.Syndication;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>The parts of a <see cref="SyndicationFeed"/> that RSS and Atom share.</summary>
internal static class SyndicationFeedFactory
{
    internal static SyndicationFeed Create(FeedDescription description, IReadOnlyList<FeedEntry> entries, Func<FeedEntry, SyndicationItem> toItem)
    {
        var updated = entries.Count > 0 ? entries.Max(entry => entry.Updated) : DateTimeOffset.UnixEpoch;
        return new SyndicationFeed(description.Title, description.Title, description.BaseUri, description.Id, updated)
        {
            Generator = "Syndication",
            Items = entries.Select(toItem).ToList(),
        };
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
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(description.BaseUri, $"stories/{entry.ItemId}"), "application/json"));
        if (story.IsCorrection)
        {
            item.Categories.Add(new SyndicationCategory(CorrectionTerm, StatusScheme, "Correction"));
        }

        return item;
    }

    /// <summary>The scheme of the categories that say what a version is (a correction).</summary>
    internal const string StatusScheme = "urn:syndication:status";

    internal const string CorrectionTerm = "correction";

    /// <summary>Entry ids are URNs of the item id: the same for every version of a story, in every feed.</summary>
    internal static string EntryId(string itemId) => $"urn:syndication:story:{itemId}";

    internal static IEnumerable<Contributor> Authors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Author or ContributorRole.Reporter or ContributorRole.Writer);

    internal static IEnumerable<Contributor> Editors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Editor);
}
