using System.Globalization;
using Fluid;
using Fluid.Values;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// What a template sees: <c>story</c>, <c>item</c> and <c>publisher</c>, made of dictionaries, lists,
/// strings, numbers and booleans only, with snake_case names. Absent values are nil; times are RFC 3339 in UTC.
/// </summary>
/// <remarks>
/// <c>story</c>: id, headline, kicker, subheadline, summary, body_html, paragraphs, word_count, byline,
/// authors, editors, contributors (name, role), dateline, credit, rights, copyright, exclusive_to,
/// usage_terms, language, slug, provider, source_id, source_uri, version, published, updated, embargo,
/// urgency, pub_status, correction, subjects (code, name), keywords, places (name, code).
/// <c>item</c>: id (stable across versions), urn (the feed entry id), version, published, updated.
/// </remarks>
internal static class TemplateModel
{
    public static void Fill(TemplateContext context, FeedEntry entry, string publisher, bool bodyHtmlIsRaw)
    {
        var options = context.Options;
        context.SetValue("story", FluidValue.Create(Story(entry.Story, bodyHtmlIsRaw), options));
        context.SetValue("item", FluidValue.Create(Item(entry), options));
        context.SetValue("publisher", new StringValue(publisher));
    }

    private static Dictionary<string, object?> Story(Story story, bool bodyHtmlIsRaw)
    {
        var authors = SyndicationFeedFactory.Authors(story).Select(author => author.Name).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = story.Id,
            ["headline"] = story.Headline,
            ["kicker"] = story.Kicker,
            ["subheadline"] = story.Subheadline,
            ["summary"] = StorySummary.Of(story),
            // Sanitized when the story was normalized: where the output is HTML it goes in as it is.
            ["body_html"] = new StringValue(StoryHtml.Body(story), encode: !bodyHtmlIsRaw),
            ["paragraphs"] = story.Paragraphs.ToList<object?>(),
            ["word_count"] = story.WordCount,
            ["byline"] = authors.Count > 0 ? string.Join(", ", authors) : null,
            ["authors"] = authors.ToList<object?>(),
            ["editors"] = SyndicationFeedFactory.Editors(story).Select(editor => (object?)editor.Name).ToList(),
            ["contributors"] = story.Contributors.Select(Contributor).ToList(),
            ["dateline"] = story.Dateline,
            ["credit"] = story.Credit,
            ["rights"] = StoryRightsText.Of(story.Rights),
            ["copyright"] = story.Rights.Copyright,
            ["exclusive_to"] = story.Rights.ExclusiveTo,
            ["usage_terms"] = story.Rights.UsageTerms,
            ["language"] = story.Language,
            ["slug"] = story.Slug,
            ["provider"] = story.Provider,
            ["source_id"] = story.SourceId,
            ["source_uri"] = story.SourceUri,
            ["version"] = story.Version,
            ["published"] = Time(story.Published),
            ["updated"] = Time(story.Updated),
            ["embargo"] = Time(story.Embargo),
            ["urgency"] = story.Urgency,
            ["pub_status"] = story.PubStatus.ToString().ToLowerInvariant(),
            ["correction"] = story.IsCorrection,
            ["subjects"] = story.Subjects.Select(Subject).ToList(),
            ["keywords"] = story.Keywords.ToList<object?>(),
            ["places"] = story.Places.Select(Place).ToList(),
        };
    }

    private static Dictionary<string, object?> Item(FeedEntry entry) => new(StringComparer.Ordinal)
    {
        ["id"] = entry.ItemId,
        ["urn"] = SyndicationFeedFactory.EntryId(entry.ItemId),
        ["version"] = entry.Story.Version,
        ["published"] = Rfc3339(entry.Published),
        ["updated"] = Rfc3339(entry.Updated),
    };

    private static object? Contributor(Contributor contributor) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["name"] = contributor.Name,
        ["role"] = contributor.Role.ToString().ToLowerInvariant(),
    };

    private static object? Subject(Subject subject) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["code"] = subject.Code,
        ["name"] = subject.Name,
    };

    private static object? Place(Place place) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["name"] = place.Name,
        ["code"] = place.Code,
    };

    private static string? Time(StoryTime? time) => time is null ? null : Rfc3339(time.ToDateTimeOffset());

    private static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
