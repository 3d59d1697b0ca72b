using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>
/// Atom 1.0 with the full body as HTML <c>content</c>, rights in <c>rights</c>, editors as
/// <c>contributor</c>, corrections as a category, and killed items as RFC 6721 tombstones.
/// </summary>
public static class AtomFeedRenderer
{
    public const string MediaType = "application/atom+xml";

    public const string ContentType = MediaType + "; charset=utf-8";

    /// <summary>RFC 6721's namespace for <c>deleted-entry</c>.</summary>
    public const string TombstonesNamespace = "http://purl.org/atompub/tombstones/1.0";

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries) => Render(description, entries, []);

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries, IReadOnlyList<FeedTombstone> tombstones)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(tombstones);
        var feed = SyndicationFeedFactory.Create(description, entries, entry => ToItem(description, entry), MediaType);
        feed.Authors.Add(new SyndicationPerson { Name = description.Publisher });
        if (tombstones.Count > 0)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("at", XNamespace.Xmlns.NamespaceName), TombstonesNamespace);
        }

        XNamespace at = TombstonesNamespace;
        foreach (var tombstone in tombstones)
        {
            feed.ElementExtensions.Add(new XElement(at + "deleted-entry",
                new XAttribute("ref", SyndicationFeedFactory.EntryId(tombstone.ItemId)),
                new XAttribute("when", tombstone.KilledAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                new XElement(at + "comment", "Killed by its source: remove it wherever it was published.")));
        }

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
