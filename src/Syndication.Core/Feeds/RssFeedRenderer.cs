using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Syndication.Core.Feeds;

/// <summary>
/// RSS 2.0 with the full body in <c>content:encoded</c>, rights in <c>dc:rights</c>, writers in
/// <c>dc:creator</c> and editors in <c>dc:contributor</c> (RSS's own <c>author</c> must be an e-mail address).
/// </summary>
public static class RssFeedRenderer
{
    public const string ContentType = "application/rss+xml; charset=utf-8";

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        var feed = SyndicationFeedFactory.Create(description, entries, entry => ToItem(description, entry));
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", XNamespace.Xmlns.NamespaceName), FeedNamespaces.DublinCore);
        feed.AttributeExtensions.Add(new XmlQualifiedName("content", XNamespace.Xmlns.NamespaceName), FeedNamespaces.Content);
        feed.ElementExtensions.Add(new XElement(XName.Get("publisher", FeedNamespaces.DublinCore), description.Publisher));
        return FeedXml.Write(new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false));
    }

    private static SyndicationItem ToItem(FeedDescription description, FeedEntry entry)
    {
        var story = entry.Story;
        var item = SyndicationFeedFactory.CreateItem(description, entry);
        // RSS has no "updated"; left set, the formatter would add an Atom-namespaced one to every item.
        item.LastUpdatedTime = default;
        item.ElementExtensions.Add(new XElement(XName.Get("encoded", FeedNamespaces.Content), StoryHtml.Body(story)));
        foreach (var author in SyndicationFeedFactory.Authors(story))
        {
            item.ElementExtensions.Add(new XElement(XName.Get("creator", FeedNamespaces.DublinCore), author.Name));
        }

        foreach (var editor in SyndicationFeedFactory.Editors(story))
        {
            item.ElementExtensions.Add(new XElement(XName.Get("contributor", FeedNamespaces.DublinCore), editor.Name));
        }

        if (StoryRightsText.Of(story.Rights) is { } rights)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("rights", FeedNamespaces.DublinCore), rights));
        }

        return item;
    }
}
