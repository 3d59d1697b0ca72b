using System.ServiceModel.Syndication;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>Atom 1.0 with the full body as HTML <c>content</c>, rights in <c>rights</c>, editors as <c>contributor</c>.</summary>
public static class AtomFeedRenderer
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        var feed = SyndicationFeedFactory.Create(description, entries, entry => ToItem(description, entry));
        feed.Authors.Add(new SyndicationPerson { Name = description.Publisher });
        return FeedXml.Write(new Atom10FeedFormatter(feed));
    }

    private static SyndicationItem ToItem(FeedDescription description, FeedEntry entry)
    {
        var story = entry.Story;
        var item = SyndicationFeedFactory.CreateItem(description, entry);
        item.Content = SyndicationContent.CreateHtmlContent(StoryHtml.Body(story));
        foreach (var author in SyndicationFeedFactory.Authors(story))
        {
            item.Authors.Add(Person(author));
        }

        foreach (var editor in SyndicationFeedFactory.Editors(story))
        {
            item.Contributors.Add(Person(editor));
        }

        if (StoryRightsText.Of(story.Rights) is { } rights)
        {
            item.Copyright = new TextSyndicationContent(rights);
        }

        return item;
    }

    private static SyndicationPerson Person(Contributor contributor) => new() { Name = contributor.Name };
}
