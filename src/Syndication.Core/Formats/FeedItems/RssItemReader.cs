using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>Reads one RSS item (any dialect) into a draft, as written; <see cref="FeedItemAcceptance"/> decides whether it is a story.</summary>
/// <param name="rss">The dialect's namespace: none for RSS 0.9x and 2.0, RSS 1.0's for RDF.</param>
/// <param name="feed">What the channel says for every item.</param>
internal sealed class RssItemReader(XNamespace rss, FeedChannel feed)
{
    private static readonly XNamespace s_dc = RssNamespaces.DublinCore;

    /// <param name="item">The item element.</param>
    /// <param name="id">The id or link that names the item in a rejection.</param>
    public StoryDraft Read(XElement item, out string? id)
    {
        var deviations = new List<string>(feed.Deviations);
        var guid = item.Element(rss + "guid");
        var about = item.Attribute(RssNamespaces.Rdf + "about")?.Value;
        var link = FeedElement.Value(item.Element(rss + "link"))?.Trim();
        var sourceId = FeedElement.Value(guid)?.Trim() ?? about;
        id = sourceId ?? link;

        // A guid is a permalink unless it says otherwise (RSS 2.0); it is then the link when there is none.
        if (link is null && guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value?.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            link = sourceId;
        }

        var subjects = new List<Subject>();
        var keywords = new List<string>();
        foreach (var category in item.Elements(rss + "category"))
        {
            FeedCategory.Add(category.Value, category.Attribute("domain")?.Value, null, subjects, keywords);
        }

        foreach (var subject in item.Elements(s_dc + "subject"))
        {
            FeedCategory.Add(subject.Value, null, null, subjects, keywords);
        }

        return new StoryDraft
        {
            Format = RssFeedReader.Format,
            Headline = FeedElement.Value(item.Element(rss + "title")) is { } title ? FeedText.Plain(title).Trim() : string.Empty,
            BodyHtml = FeedElement.Value(item.Element(RssNamespaces.Content + "encoded")) ?? FeedElement.Value(item.Element(rss + "description")),
            Contributors = Authors(item),
            Credit = Credit(item),
            Rights = (FeedElement.Value(item.Element(s_dc + "rights")) ?? feed.Copyright) is { } rights
                ? new StoryRights(null, FeedText.Plain(rights), null)
                : StoryRights.None,
            Language = FeedElement.Language(item) ?? FeedElement.Value(item.Element(s_dc + "language")) ?? feed.Language,
            Provider = feed.Title,
            SourceId = sourceId,
            SourceUri = link,
            Published = Date(item.Element(rss + "pubDate") ?? item.Element(s_dc + "date"), deviations),
            Updated = Date(item.Element(RssNamespaces.Atom + "updated"), deviations),
            Subjects = subjects,
            Keywords = keywords,
            Deviations = deviations,
        };
    }

    private List<Contributor> Authors(XElement item)
    {
        var authors = new List<Contributor>();
        foreach (var author in item.Elements(rss + "author").Concat(item.Elements(s_dc + "creator")))
        {
            if (FeedAuthor.Name(author.Value) is { } name)
            {
                authors.Add(new Contributor(name, ContributorRole.Author));
            }
        }

        return authors;
    }

    /// <summary>
    /// Who the item is credited to: the channel it came from (RSS 2.0 <c>source</c>, set by aggregators), or
    /// CTV's <c>creditLine</c> ("The Associated Press"), the one credit element in no namespace we have seen.
    /// </summary>
    private string? Credit(XElement item) =>
        (FeedElement.Value(item.Element(rss + "source")) ?? FeedElement.Value(item.Element(rss + "creditLine"))) is { } credit ? FeedText.Plain(credit).Trim() : null;

    private static DateTimeOffset? Date(XElement? element, List<string> deviations)
    {
        if (FeedElement.Value(element) is not { } text)
        {
            return null;
        }

        if (FeedDate.TryParse(text, out var date))
        {
            return date;
        }

        deviations.Add($"The item's {element!.Name.LocalName} \"{text.Trim()}\" is not a date with a time zone; it was left out.");
        return null;
    }
}
