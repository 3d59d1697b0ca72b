using System.Text;
using System.Text.Unicode;
using Syndication.Core.Decoding;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;
using Syndication.Core.Text;

namespace Syndication.Core.Formats.ReutersSgml;

/// <summary>
/// Decodes one Reuters-21578 record (<c>&lt;REUTERS NEWID="…"&gt;</c>): DATE, the TOPICS, PLACES, PEOPLE,
/// ORGS and EXCHANGES lists, and TEXT with its TITLE, DATELINE, AUTHOR and BODY.
/// </summary>
/// <remarks>
/// Implementation note: records without a BODY are refused as <see cref="RejectionReasons.NoBody"/>.
/// A TYPE="BRIEF" record is a headline with the placeholder "Blah blah blah." where its text would be;
/// a TYPE="UNPROC" record is a raw table with no TITLE or BODY markup, so the line to take as its
/// headline would be a guess. Neither is a story a reader could use.
/// </remarks>
internal static class ReutersSgmlDecoder
{
    public const string Format = "reuters-sgml";

    private const string SourceIdPrefix = "reuters21578:";

    // The collection's longest list has a few dozen entries; a longer one is not worth reading.
    private const int MaxListValues = 100;

    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        var record = Text(input).AsSpan();
        if (!SgmlElement.TryFind(record, "REUTERS", out var content, out var startTag))
        {
            decoded.Reject(RejectionReasons.Malformed, "The input has no <REUTERS> start tag.");
            return;
        }

        var newId = SgmlElement.Attribute(startTag, "NEWID");
        var name = newId is null ? "The record" : $"Record NEWID={newId}";
        if (!SgmlElement.TryFind(content, "TEXT", out var text, out var textTag))
        {
            decoded.Reject(RejectionReasons.NoBody, $"{name} has no <TEXT> element.");
            return;
        }

        var type = SgmlElement.Attribute(textTag, "TYPE");
        if (!SgmlElement.TryFind(text, "BODY", out var body, out _))
        {
            decoded.Reject(RejectionReasons.NoBody, type is null
                ? $"{name} has no <BODY> element."
                : $"{name} is TYPE=\"{type}\" with no <BODY>: {(type == "BRIEF" ? "a headline with placeholder text" : "unprocessed text without a title")}.");
            return;
        }

        if (!SgmlElement.TryFind(text, "TITLE", out var title, out _))
        {
            decoded.Reject(RejectionReasons.NoHeadline, $"{name} has a <BODY> but no <TITLE>.");
            return;
        }

        var author = new PlainCopyHeader();
        if (SgmlElement.TryFind(text, "AUTHOR", out var byline, out _))
        {
            author.TryRead(SgmlText.Decode(byline).Trim());
        }

        var deviations = new List<string>();
        var hasDate = SgmlElement.TryFind(content, "DATE", out var date, out _);
        var published = hasDate ? ReutersDate.Read(SgmlText.Decode(date)) : null;
        if (published is not null)
        {
            deviations.Add("Reuters-21578 dates carry no time zone; the DATE was taken as UTC.");
        }
        else if (hasDate)
        {
            deviations.Add($"The DATE \"{SgmlText.Decode(date).Trim()}\" is not a date and time; left out.");
        }

        decoded.Add(new StoryDraft
        {
            Format = Format,
            Headline = SgmlText.Decode(title),
            Contributors = author.Contributors,
            Dateline = SgmlElement.TryFind(text, "DATELINE", out var dateline, out _) ? DatelineText(SgmlText.Decode(dateline)) : null,
            Credit = author.Affiliation,
            Paragraphs = ReutersBody.Read(SgmlText.Decode(body)),
            Provider = "Reuters",
            SourceId = newId is null ? null : SourceIdPrefix + newId,
            Published = published,
            Subjects = [.. List(content, "TOPICS").Select(topic => new Subject($"reuters-topic:{topic}", null))],
            Places = [.. List(content, "PLACES").Select(place => new Place(place, $"reuters-place:{place}"))],
            Keywords = [.. List(content, "PEOPLE"), .. List(content, "ORGS"), .. List(content, "EXCHANGES")],
            Deviations = deviations,
        });
    }

    /// <summary>The record's text: the collection is ASCII but for one Latin-1 byte, so Windows-1252 is the fallback.</summary>
    private static string Text(ReadOnlySpan<byte> input)
    {
        if (Utf8.IsValid(input))
        {
            return Encoding.UTF8.GetString(input);
        }

        return Windows1252.TryDecode(input, out var text) ? text : Encoding.Latin1.GetString(input);
    }

    // "    SALVADOR, Feb 26 - " -> "SALVADOR, Feb 26".
    private static string? DatelineText(string dateline)
    {
        var text = dateline.Trim().TrimEnd('-').TrimEnd();
        return text.Length > 0 ? text : null;
    }

    private static List<string> List(ReadOnlySpan<char> record, string name) =>
        SgmlElement.TryFind(record, name, out var list, out _) ? SgmlElement.Values(list, MaxListValues) : [];
}
