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
            Id = EntryId(story),
            Title = new TextSyndicationContent(story.Headline),
            Summary = new TextSyndicationContent(StorySummary.Of(story)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(description.BaseUri, $"stories/{story.Id}"), "application/json"));
        return item;
    }

    /// <summary>Entry ids are URNs of the story id, stable across renderings and feeds.</summary>
    internal static string EntryId(Story story) => $"urn:syndication:story:{story.Id}";

    internal static IEnumerable<Contributor> Authors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Author or ContributorRole.Reporter or ContributorRole.Writer);

    internal static IEnumerable<Contributor> Editors(Story story) =>
        story.Contributors.Where(contributor => contributor.Role is ContributorRole.Editor);
}
