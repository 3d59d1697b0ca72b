using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Syndication.Core.Feeds;

/// <summary>
/// RSS 2.0 with the full body in <c>content:encoded</c>, rights in <c>dc:rights</c>, writers in
/// <c>dc:creator</c> and editors in <c>dc:contributor</c> (RSS's own <c>author</c> must be an e-mail address),
/// subjects in <c>dc:subject</c>, Media RSS for roles, keywords, coded subjects and copyright, and the
/// RFC 5005 paging links as <c>atom:link</c>.
/// </summary>
/// <remarks>
/// No <c>dc:date</c>: beside <c>pubDate</c> it is the same thing said twice to the W3C validator, which
/// warns about it.
/// </remarks>
public static class RssFeedRenderer
{
    public const string MediaType = "application/rss+xml";

    public const string ContentType = MediaType + "; charset=utf-8";

    private static readonly XNamespace s_dc = FeedNamespaces.DublinCore;

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        var feed = SyndicationFeedFactory.Create(description, entries, entry => ToItem(description, entry), MediaType);
        // Declared once on the channel, where the formatter writes a feed's attributes.
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", XNamespace.Xmlns.NamespaceName), FeedNamespaces.DublinCore);
        feed.AttributeExtensions.Add(new XmlQualifiedName("content", XNamespace.Xmlns.NamespaceName), FeedNamespaces.Content);
        feed.AttributeExtensions.Add(new XmlQualifiedName("media", XNamespace.Xmlns.NamespaceName), FeedNamespaces.MediaRss);
        feed.AttributeExtensions.Add(new XmlQualifiedName("atom", XNamespace.Xmlns.NamespaceName), FeedNamespaces.Atom);
        feed.ElementExtensions.Add(new XElement(s_dc + "publisher", description.Publisher));
        // Rss20FeedFormatter writes the first alternate link as <link> and, without
        // serializeExtensionsAsAtom, drops every other link: self and next would be lost.
        foreach (var link in feed.Links.Where(link => link.RelationshipType != "alternate"))
        {
            feed.ElementExtensions.Add(new XElement(XName.Get("link", FeedNamespaces.Atom),
                new XAttribute("href", link.GetAbsoluteUri().AbsoluteUri),
                new XAttribute("rel", link.RelationshipType),
                link.MediaType is null ? null : new XAttribute("type", link.MediaType)));
        }

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
            item.ElementExtensions.Add(new XElement(s_dc + "creator", author.Name));
        }

        foreach (var editor in SyndicationFeedFactory.Editors(story))
        {
            item.ElementExtensions.Add(new XElement(s_dc + "contributor", editor.Name));
        }

        if (StoryRightsText.Of(story.Rights) is { } rights)
        {
            item.ElementExtensions.Add(new XElement(s_dc + "rights", rights));
        }

        foreach (var subject in story.Subjects)
        {
            if ((subject.Name ?? subject.Code) is { Length: > 0 } name)
            {
                item.ElementExtensions.Add(new XElement(s_dc + "subject", name));
            }
        }

        if (story.Language is { Length: > 0 } language)
        {
            item.ElementExtensions.Add(new XElement(s_dc + "language", language));
        }

        foreach (var element in MediaRssElements.Of(story))
        {
            item.ElementExtensions.Add(element);
        }

        return item;
    }
}
