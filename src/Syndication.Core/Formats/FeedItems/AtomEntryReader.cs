using System.ServiceModel.Syndication;
using System.Xml;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>Reads one Atom entry, as the library parsed it, into a draft.</summary>
internal static class AtomEntryReader
{
    /// <param name="item">The entry.</param>
    /// <param name="feed">The feed around it, or the entry's atom:source; null for a lone entry without one.</param>
    /// <param name="channel">What the feed says for every entry.</param>
    /// <param name="language">The entry's own xml:lang, when it has one.</param>
    public static StoryDraft Read(SyndicationItem item, SyndicationFeed? feed, FeedChannel channel, string? language)
    {
        var deviations = new List<string>(channel.Deviations);
        var contentBody = Body(item.Content);
        var body = contentBody ?? Body(item.Summary);
        if (contentBody is null && body is not null && item.Content is { } content and not TextSyndicationContent)
        {
            deviations.Add($"The entry's content is {content.Type}{(content is UrlSyndicationContent url ? $" at {url.Url}" : string.Empty)}, not text; only its summary could be read.");
        }

        var subjects = new List<Subject>();
        var keywords = new List<string>();
        foreach (var category in item.Categories)
        {
            FeedCategory.Add(category.Name, category.Scheme, category.Label, subjects, keywords);
        }

        return new StoryDraft
        {
            Format = AtomFeedReader.Format,
            Headline = item.Title?.Text is { } title ? FeedText.Plain(title).Trim() : string.Empty,
            BodyHtml = body?.Html,
            Paragraphs = body?.Paragraphs ?? [],
            Contributors = Authors(item.Authors.Count > 0 ? item.Authors : feed?.Authors ?? []),
            Rights = (item.Copyright?.Text ?? channel.Copyright) is { } rights ? new StoryRights(null, FeedText.Plain(rights), null) : StoryRights.None,
            Language = language ?? channel.Language,
            Provider = channel.Title,
            SourceId = item.Id,
            SourceUri = Link(item),
            Published = Date(() => item.PublishDate, "published", deviations),
            Updated = Date(() => item.LastUpdatedTime, "updated", deviations),
            Subjects = subjects,
            Keywords = keywords,
            Deviations = deviations,
        };
    }

    /// <summary>An html or xhtml construct as markup, a text one as paragraphs; null for media and out-of-line content.</summary>
    private static (string? Html, IReadOnlyList<string>? Paragraphs)? Body(SyndicationContent? content)
    {
        if (content is not TextSyndicationContent { Text: { } text } || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return content.Type is "html" or "xhtml" ? (text, null) : (null, FeedText.Paragraphs(text));
    }

    private static List<Contributor> Authors(IEnumerable<SyndicationPerson> people)
    {
        var authors = new List<Contributor>();
        foreach (var person in people)
        {
            if (!string.IsNullOrWhiteSpace(person.Name))
            {
                authors.Add(new Contributor(FeedText.Plain(person.Name).Trim(), ContributorRole.Author));
            }
        }

        return authors;
    }

    /// <summary>The entry's alternate link (rel="alternate" or none), resolved against xml:base.</summary>
    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate");
        return link is null ? null : link.GetAbsoluteUri()?.ToString() ?? link.Uri?.ToString();
    }

    private static DateTimeOffset? Date(Func<DateTimeOffset> read, string name, List<string> deviations)
    {
        try
        {
            var date = read();
            return date == default ? null : date;
        }
        catch (XmlException)
        {
            deviations.Add($"The entry's {name} date is not a date with a time zone; it was left out.");
            return null;
        }
    }
}
