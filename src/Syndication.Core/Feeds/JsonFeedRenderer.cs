using System.Text.Json;
using Syndication.Core.Stories;
using Syndication.Core.Text;

namespace Syndication.Core.Feeds;

/// <summary>
/// JSON Feed 1.1 with the full body as HTML <c>content_html</c>, writers as <c>authors</c>, subjects and
/// keywords as <c>tags</c>, RFC 5005's paging as <c>feed_url</c>/<c>next_url</c>, its WebSub hub in <c>hubs</c>, and what JSON Feed has no
/// field for (a correction, the rights) in a <c>_syndication</c> object, which readers that do not know it
/// ignore (JSON Feed 1.1, "Extensions").
/// </summary>
public static class JsonFeedRenderer
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    /// <summary>The version URL that opens every JSON Feed 1.1 document.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>The name of our extension object on an item.</summary>
    public const string Extension = "_syndication";

    // The bytes a feed takes besides its items, and an item besides its text.
    private const int FeedOverhead = 512;
    private const int ItemOverhead = 768;

    public static byte[] Render(FeedDescription description, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        return JsonOutput.Write((description, entries), SizeHint(entries), static (writer, state) => WriteFeed(writer, state.description, state.entries));
    }

    private static void WriteFeed(Utf8JsonWriter writer, FeedDescription description, IReadOnlyList<FeedEntry> entries)
    {
        writer.WriteStartObject();
        writer.WriteString("version", Version);
        writer.WriteString("title", description.Title);
        writer.WriteString("home_page_url", description.BaseUri.AbsoluteUri);
        if (description.Self is { } self)
        {
            writer.WriteString("feed_url", self.AbsoluteUri);
        }

        if (description.Next is { } next)
        {
            writer.WriteString("next_url", next.AbsoluteUri);
        }

        if (description.Hub is { } hub)
        {
            // JSON Feed 1.1 "hubs": endpoints for real-time notification, typed by protocol.
            writer.WriteStartArray("hubs");
            writer.WriteStartObject();
            writer.WriteString("type", "WebSub");
            writer.WriteString("url", hub.AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartArray("authors");
        WriteAuthor(writer, description.Publisher);
        writer.WriteEndArray();
        if (SharedLanguage(entries) is { } language)
        {
            writer.WriteString("language", language);
        }

        writer.WriteStartArray("items");
        foreach (var entry in entries)
        {
            WriteItem(writer, description, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, FeedDescription description, FeedEntry entry)
    {
        var story = entry.Story;
        writer.WriteStartObject();
        writer.WriteString("id", SyndicationFeedFactory.EntryId(entry.ItemId));
        writer.WriteString("url", description.StoryLink(entry).AbsoluteUri);
        writer.WriteString("title", story.Headline);
        writer.WriteString("content_html", StoryHtml.Body(story));
        writer.WriteString("summary", StorySummary.Of(story));
        writer.WriteString("date_published", entry.Published);
        writer.WriteString("date_modified", entry.Updated);
        WriteAuthors(writer, story);
        WriteTags(writer, story);
        if (story.Language is { } language)
        {
            writer.WriteString("language", language);
        }

        WriteExtension(writer, story);
        writer.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter writer, Story story)
    {
        var started = false;
        foreach (var author in SyndicationFeedFactory.Authors(story))
        {
            if (!started)
            {
                writer.WriteStartArray("authors");
                started = true;
            }

            WriteAuthor(writer, author.Name);
        }

        if (started)
        {
            writer.WriteEndArray();
        }
    }

    private static void WriteAuthor(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }

    /// <summary>Subjects by name (or code, when they have no name) and keywords, each once.</summary>
    private static void WriteTags(Utf8JsonWriter writer, Story story)
    {
        if (story.Subjects.Count == 0 && story.Keywords.Count == 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        writer.WriteStartArray("tags");
        foreach (var subject in story.Subjects)
        {
            if ((subject.Name ?? subject.Code) is { } tag && seen.Add(tag))
            {
                writer.WriteStringValue(tag);
            }
        }

        foreach (var keyword in story.Keywords)
        {
            if (seen.Add(keyword))
            {
                writer.WriteStringValue(keyword);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary><c>"_syndication": {"correction": true, "rights": {...}}</c>, with only what the story has; nothing when it has neither.</summary>
    private static void WriteExtension(Utf8JsonWriter writer, Story story)
    {
        var rights = story.Rights;
        var hasRights = rights.ExclusiveTo is not null || rights.Copyright is not null || rights.UsageTerms is not null;
        if (!story.IsCorrection && !hasRights)
        {
            return;
        }

        writer.WriteStartObject(Extension);
        if (story.IsCorrection)
        {
            writer.WriteBoolean("correction", true);
        }

        if (hasRights)
        {
            writer.WriteStartObject("rights");
            WriteIfPresent(writer, "exclusive_to", rights.ExclusiveTo);
            WriteIfPresent(writer, "copyright", rights.Copyright);
            WriteIfPresent(writer, "usage_terms", rights.UsageTerms);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The language every entry is in, when they all state the same one.</summary>
    private static string? SharedLanguage(IReadOnlyList<FeedEntry> entries)
    {
        string? shared = null;
        foreach (var entry in entries)
        {
            var language = entry.Story.Language;
            if (language is null || (shared is not null && !string.Equals(shared, language, StringComparison.Ordinal)))
            {
                return null;
            }

            shared = language;
        }

        return shared;
    }

    private static int SizeHint(IReadOnlyList<FeedEntry> entries)
    {
        long size = FeedOverhead;
        foreach (var entry in entries)
        {
            var story = entry.Story;
            size += ItemOverhead + (story.BodyHtml?.Length ?? 0) + (2L * story.Headline.Length);
            foreach (var paragraph in story.Paragraphs)
            {
                size += paragraph.Length + 8;
            }
        }

        return (int)Math.Min(size, int.MaxValue / 2);
    }
}
