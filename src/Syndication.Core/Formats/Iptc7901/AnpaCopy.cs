using Syndication.Core.Decoding;
using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// Reads ANPA 1312 copy as AP sends it: SYN SYN SOH and a sequence line, the header line (priority,
/// category, format selector, slug), STX, the text, ETX with a time stamp, EOT.
/// </summary>
/// <remarks>
/// In the text, a line opened by ^ is a header line (keyword line, headline, editor's notes, byline), a
/// line opened by a tab starts a paragraph, one opened by a backspace (TLI) is a table row; a trailing
/// &lt; ends a paragraph and a trailing = a byline line. Lines that open with none of these continue the
/// paragraph before them.
/// </remarks>
internal static class AnpaCopy
{
    public const string Format = "anpa1312";

    private const char StartOfText = '\u0002';
    private const char EndOfText = '\u0003';

    private static readonly string[] s_noteOpenings = ["AP Photo", "AP Video", "Eds:", "(Eds", "EDITOR'S NOTE", "With AP Photo"];

    public static void Decode(string text, DecodedDrafts decoded)
    {
        var start = text.IndexOf(StartOfText, StringComparison.Ordinal);
        if (start < 0)
        {
            decoded.Reject(RejectionReasons.Malformed, "The ANPA item has no STX (0x02), so it has no text to read.");
            return;
        }

        var end = text.IndexOf(EndOfText, start);
        var header = AnpaHeader.Read(text[..start]);
        var lines = AnpaLines.Read(end < 0 ? text[(start + 1)..] : text[(start + 1)..end]);
        if (lines.Header.Count < 2 || IsNote(lines.Header[1]) || lines.Header[1].StartsWith("By ", StringComparison.Ordinal))
        {
            var keywordLine = lines.Header.Count > 0 ? $" ({lines.Header[0]})" : string.Empty;
            decoded.Reject(RejectionReasons.NoHeadline,
                $"The ANPA item has a keyword line{keywordLine} but no ^ headline line after it.");
            return;
        }

        var isTabular = header?.IsTabular ?? false;
        var byline = new PlainCopyHeader();
        var subheadline = new List<string>();
        var paragraphs = new List<string>();
        ReadHeaderLines(lines.Header, isTabular, byline, subheadline, paragraphs);
        foreach (var paragraph in lines.Body)
        {
            var converted = AnpaText.Convert(paragraph);
            if (!AnpaText.IsRule(converted))
            {
                paragraphs.Add(converted);
            }
        }

        var dateline = AgencyDateline.StripEdges(paragraphs);

        if (paragraphs.Count == 0)
        {
            decoded.Reject(RejectionReasons.NoBody, "The ANPA item has a headline but no text paragraphs or table rows.");
            return;
        }

        var deviations = new List<string>();
        if (header is null)
        {
            deviations.Add("The ANPA header line (priority, category, selector, slug) is missing or unreadable.");
        }

        var urgency = header is null ? null : AnpaPriority.ToUrgency(header.Priority);
        if (header is not null && urgency is null)
        {
            deviations.Add($"ANPA priority '{header.Priority}' has no agreed IPTC urgency; left out.");
        }

        decoded.Add(new StoryDraft
        {
            Format = Format,
            Headline = AnpaText.Convert(lines.Header[1]),
            Subheadline = subheadline.Count > 0 ? string.Join(' ', subheadline) : null,
            Contributors = byline.Contributors,
            Dateline = dateline?.Text,
            Credit = dateline?.Credit ?? byline.Affiliation,
            Paragraphs = paragraphs,
            Published = end < 0 ? null : AnpaTransmissionTime.Read(text[end..]),
            Urgency = urgency,
            Subjects = header is null ? [] : [WireCategory.ToSubject(header.Category)],
            Keywords = Keyword(lines.Header[0]) is { } keyword ? [keyword] : [],
            Deviations = deviations,
        });
    }

    /// <summary>
    /// Sorts the ^ lines after the keyword line and headline: editor's notes are dropped, the byline is
    /// read, and the other lines become the subheadline (running text, before the byline) or the first
    /// paragraphs (the section headings of a table, or lines after the byline).
    /// </summary>
    private static void ReadHeaderLines(
        List<string> header, bool isTabular, PlainCopyHeader byline, List<string> subheadline, List<string> paragraphs)
    {
        var bylineRead = false;
        var titleExpected = false;
        for (var i = 2; i < header.Count; i++)
        {
            var line = AnpaText.Convert(header[i]);
            if (IsNote(line) || AnpaText.IsRule(line))
            {
                continue;
            }

            if (!bylineRead && line.StartsWith("By ", StringComparison.Ordinal) && byline.TryRead(line))
            {
                bylineRead = true;

                // A story's byline is followed by the writer's title ("AP Sports Writer"); a table's is not.
                titleExpected = !isTabular;
                continue;
            }

            if (titleExpected)
            {
                titleExpected = false;
                continue;
            }

            (isTabular || bylineRead ? paragraphs : subheadline).Add(line);
        }
    }

    private static bool IsNote(string line)
    {
        foreach (var opening in s_noteOpenings)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"BC-LT--Argentina-Cancer Beauty,466" -> "Argentina-Cancer Beauty": the slug without its selector and word count.</summary>
    private static string? Keyword(string keywordLine)
    {
        var comma = keywordLine.IndexOf(',', StringComparison.Ordinal);
        var slug = comma < 0 ? keywordLine : keywordLine[..comma];
        var selector = slug.IndexOf("--", StringComparison.Ordinal);
        slug = (selector < 0 ? slug : slug[(selector + 2)..]).Trim();
        return slug.Length > 0 ? slug : null;
    }
}
