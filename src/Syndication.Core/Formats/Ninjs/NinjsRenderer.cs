using System.Globalization;
using System.Text.Json;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;
using Syndication.Core.Text;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// One story as an IPTC ninjs 3.1 news item, every field the story carries in the place ninjs gives it, and
/// what ninjs has no property for where <see cref="NinjsConventions"/> puts it, so that
/// <see cref="NinjsDecoder"/> reads the same story back.
/// </summary>
/// <remarks>
/// What does not come back: the <c>uri</c> is ours (the entry id, the same for every version), so a story read
/// back has it as its source id; the source's own id travels in <c>altIds</c>. A story's source link
/// (<see cref="Story.SourceUri"/>) has no place: <c>uri</c> must not be used for links, and a rendition is a
/// form of the item itself, not the page it came from. A plain story is written as text only: an HTML body
/// made from its paragraphs would add nothing and would read back as a marked-up story, a different one.
/// </remarks>
public static class NinjsRenderer
{
    /// <summary>
    /// JSON's own media type: IPTC registers none for ninjs (neither its user guide nor its schemas name one,
    /// and IANA lists none); the document says which standard it follows in its <c>standard</c> property.
    /// </summary>
    public const string ContentType = "application/json; charset=utf-8";

    public const string StandardVersion = "3.1";

    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    // The bytes an item takes besides its text.
    private const int ItemOverhead = 2048;

    /// <param name="entry">The item and its current version.</param>
    /// <param name="publisher">The organisation that publishes the item (ours), named among its info sources.</param>
    public static byte[] Render(FeedEntry entry, string publisher)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        return JsonOutput.Write((entry, publisher), SizeHint(entry.Story), static (writer, state) => WriteItem(writer, state.entry, state.publisher));
    }

    private static void WriteItem(Utf8JsonWriter writer, FeedEntry entry, string publisher)
    {
        var story = entry.Story;
        writer.WriteStartObject();
        writer.WriteString("uri", SyndicationFeedFactory.EntryId(entry.ItemId));
        writer.WriteStartObject("standard");
        writer.WriteString("name", "ninjs");
        writer.WriteString("version", StandardVersion);
        writer.WriteString("schema", SchemaUri);
        writer.WriteEndObject();
        writer.WriteString("type", "text");
        writer.WriteString("representationType", "full");
        WriteStatus(writer, entry);
        WriteRights(writer, story.Rights);
        WriteIfPresent(writer, "language", story.Language);
        if (story.SourceId is { } sourceId)
        {
            writer.WriteStartArray("altIds");
            WriteNamed(writer, "role", NinjsConventions.SourceIdRole, "value", sourceId);
            writer.WriteEndArray();
        }

        WriteHeadlines(writer, story);
        WriteByline(writer, story);
        writer.WriteString("slugline", story.Slug);
        WriteIfPresent(writer, "located", story.Dateline);
        if (story.Credit is { } credit)
        {
            writer.WriteStartArray("descriptions");
            WriteNamed(writer, "role", NinjsConventions.CreditLineRole, "value", credit);
            writer.WriteEndArray();
        }

        WriteBodies(writer, story);
        WritePeople(writer, story.Contributors);
        WriteSubjects(writer, story);
        WritePlaces(writer, story.Places);
        if (story.IsCorrection)
        {
            writer.WriteStartArray("genres");
            WriteNamed(writer, "name", "Correction", "uri", NinjsConventions.CorrectionUri);
            writer.WriteEndArray();
        }

        writer.WriteStartArray("infoSources");
        if (story.Provider is { } provider)
        {
            writer.WriteStartObject();
            writer.WriteString("name", provider);
            writer.WriteEndObject();
        }

        WriteNamed(writer, "name", publisher, "role", NinjsConventions.PublisherRole);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Version, times, status and urgency. A story whose source gave no times gets the times we stored its
    /// first and current versions at: a partner orders versions by <c>versionCreated</c>.
    /// </summary>
    private static void WriteStatus(Utf8JsonWriter writer, FeedEntry entry)
    {
        var story = entry.Story;
        if (story.Version is { } version)
        {
            // ninjs writes the version as a string.
            writer.WriteString("version", version.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteString("firstCreated", story.Published?.ToDateTimeOffset() ?? entry.Published);
        writer.WriteString("versionCreated", story.Updated?.ToDateTimeOffset() ?? entry.Updated);
        if (story.Embargo is { } embargo)
        {
            writer.WriteString("embargoedUntil", embargo.ToDateTimeOffset());
        }

        writer.WriteString("pubStatus", story.PubStatus switch
        {
            PubStatus.Withheld => "withheld",
            PubStatus.Canceled => "canceled",
            _ => "usable",
        });
        if (story.Urgency is { } urgency)
        {
            writer.WriteNumber("urgency", urgency);
        }
    }

    private static void WriteRights(Utf8JsonWriter writer, StoryRights rights)
    {
        WriteIfPresent(writer, "copyrightNotice", rights.Copyright);
        WriteIfPresent(writer, "usageTerms", NinjsUsageTerms.Write(rights));
    }

    private static void WriteHeadlines(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartArray("headlines");
        WriteNamed(writer, "role", "main", "value", story.Headline);
        if (story.Subheadline is { } subheadline)
        {
            WriteNamed(writer, "role", "subhead", "value", subheadline);
        }

        if (story.Kicker is { } kicker)
        {
            WriteNamed(writer, "role", "kicker", "value", kicker);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>by</c>: the writers' names as one line ("Ann Writer and Bob Smith"); editors are not a byline.</summary>
    private static void WriteByline(Utf8JsonWriter writer, Story story)
    {
        var names = SyndicationFeedFactory.Authors(story).Select(author => author.Name).ToList();
        if (names.Count > 0)
        {
            writer.WriteString("by", names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1]);
        }
    }

    /// <summary>The marked-up body when the story has one, and always the plain text, paragraphs apart by a blank line.</summary>
    private static void WriteBodies(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartArray("bodies");
        if (story.BodyHtml is { } html)
        {
            StartBody(writer, "text/html", story.WordCount);
            writer.WriteStringValue(html);
            writer.WriteEndObject();
        }

        var paragraphs = story.Paragraphs;
        if (paragraphs.Count > 0)
        {
            // A paragraph at a time, so the text is never joined into one more copy of the story.
            StartBody(writer, "text/plain", story.WordCount);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteStringValueSegment("\n\n", isFinalSegment: false);
                }

                writer.WriteStringValueSegment(paragraphs[i], isFinalSegment: i == paragraphs.Count - 1);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Opens a body object up to its <c>value</c>, which the caller writes.</summary>
    private static void StartBody(Utf8JsonWriter writer, string contentType, int wordCount)
    {
        writer.WriteStartObject();
        writer.WriteString("role", "main");
        writer.WriteString("contentType", contentType);
        writer.WriteNumber("wordCount", wordCount);
        writer.WritePropertyName("value");
    }

    private static void WritePeople(Utf8JsonWriter writer, IReadOnlyList<Contributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("people");
        foreach (var contributor in contributors)
        {
            WriteNamed(writer, "name", contributor.Name, "rel", NinjsConventions.PersonRel(contributor.Role));
        }

        writer.WriteEndArray();
    }

    private static void WriteSubjects(Utf8JsonWriter writer, Story story)
    {
        if (story.Subjects.Count == 0 && story.Keywords.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("subjects");
        foreach (var subject in story.Subjects)
        {
            writer.WriteStartObject();
            WriteIfPresent(writer, "name", subject.Name);
            WriteCode(writer, subject.Code);
            writer.WriteEndObject();
        }

        foreach (var keyword in story.Keywords)
        {
            WriteNamed(writer, "name", keyword, "rel", NinjsConventions.KeywordRel);
        }

        writer.WriteEndArray();
    }

    private static void WritePlaces(Utf8JsonWriter writer, IReadOnlyList<Place> places)
    {
        if (places.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("places");
        foreach (var place in places)
        {
            writer.WriteStartObject();
            writer.WriteString("name", place.Name);
            WriteCode(writer, place.Code);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCode(Utf8JsonWriter writer, string? code)
    {
        if (code is null)
        {
            return;
        }

        var (uri, literal) = NinjsConceptCodes.ToNinjs(code);
        WriteIfPresent(writer, "uri", uri);
        WriteIfPresent(writer, "literal", literal);
    }

    /// <summary>An object of two string properties: <c>{"role": "main", "value": "..."}</c>.</summary>
    private static void WriteNamed(Utf8JsonWriter writer, string name, string value, string otherName, string otherValue)
    {
        writer.WriteStartObject();
        writer.WriteString(name, value);
        writer.WriteString(otherName, otherValue);
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static int SizeHint(Story story)
    {
        long size = ItemOverhead + (story.BodyHtml?.Length ?? 0);
        foreach (var paragraph in story.Paragraphs)
        {
            size += paragraph.Length + 2;
        }

        return (int)Math.Min(size, int.MaxValue / 2);
    }
}
