using System.Diagnostics.CodeAnalysis;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// Reads the plain wire copy desks write: perhaps advisory lines (priority, embargo, correction, kill),
/// a headline on the first other visible line, optional header lines (exclusive rights, editor, byline,
/// advisories), then blank-line separated paragraphs, perhaps opened by a dateline with a credit
/// ("(Reuters) -") and closed by a sign-off and an end mark.
/// </summary>
/// <remarks>
/// Implementation note: the copy is read as written and normalized afterwards, field by field, so each
/// character is normalized once. The parser does not lean on normalization: its patterns take any
/// whitespace, and lines of only invisible characters count as blank.
/// </remarks>
internal static class PlainCopyDecoder
{
    public const string Format = "plain";

    // Implementation note: a first line this long is a paragraph whose headline is missing, not a
    // headline; taking it as one would put a whole paragraph into every feed's titles.
    private const int MaxHeadlineLength = 300;

    // A header is a handful of lines; past this many, lines that look like bylines are body text, and
    // reading them as names would cost a hostile input more work than its size warrants.
    private const int MaxHeaderLines = 12;

    public static bool TryDecode(
        string text,
        [NotNullWhen(true)] out StoryDraft? draft,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        draft = null;
        var blocks = PlainCopyBlocks.Split(text);
        var advisory = new PlainCopyAdvisory();
        SkipLeadingAdvisories(blocks, advisory);
        if (blocks.Count == 0)
        {
            rejection = new Rejection(RejectionReasons.NoHeadline, RejectionStages.Decode, "The copy has no visible line to take as its headline.");
            return false;
        }

        var headline = advisory.StripHeadlineMark(blocks[0][0].Text);
        if (headline.Length > MaxHeadlineLength)
        {
            rejection = new Rejection(RejectionReasons.NoHeadline, RejectionStages.Decode,
                $"The first line is {headline.Length} characters long, more than the {MaxHeadlineLength} a headline may be.");
            return false;
        }

        var header = new PlainCopyHeader();
        var paragraphs = ReadBody(blocks, header, advisory);
        var signOffs = StripClosing(paragraphs);
        var dateline = StripDateline(paragraphs);
        if (paragraphs.Count == 0)
        {
            rejection = new Rejection(RejectionReasons.NoBody, RejectionStages.Decode, "The copy has a headline but no body paragraphs.");
            return false;
        }

        draft = new StoryDraft
        {
            Format = Format,
            Headline = headline,
            Contributors = [.. header.Contributors, .. signOffs],
            Dateline = dateline?.Text,
            Credit = dateline?.Credit ?? header.Affiliation ?? header.ExclusiveTo,
            Rights = header.ExclusiveTo is null ? StoryRights.None : new StoryRights(header.ExclusiveTo, null, null),
            Paragraphs = paragraphs,
            Urgency = advisory.Urgency,
            Embargo = advisory.Embargo,
            IsCorrection = advisory.IsCorrection,
            PubStatus = advisory.PubStatus,
            Deviations = advisory.Deviations,
        };
        rejection = null;
        return true;
    }

    /// <summary>Takes the advisory lines above the headline ("URGENT", "EMBARGOED UNTIL ...") off the front of the copy.</summary>
    private static void SkipLeadingAdvisories(List<List<PlainCopyLine>> blocks, PlainCopyAdvisory advisory)
    {
        for (var lines = 0; blocks.Count > 0 && lines < MaxHeaderLines && advisory.TryReadLine(blocks[0][0].Text); lines++)
        {
            blocks[0].RemoveAt(0);
            if (blocks[0].Count == 0)
            {
                blocks.RemoveAt(0);
            }
        }
    }

    /// <summary>Feeds the header lines after the headline to <paramref name="header"/> and <paramref name="advisory"/>; returns the paragraphs after them.</summary>
    private static List<string> ReadBody(List<List<PlainCopyLine>> blocks, PlainCopyHeader header, PlainCopyAdvisory advisory)
    {
        var paragraphs = new List<string>();
        var inHeader = true;
        var headerLines = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var lines = blocks[b];
            var start = b == 0 ? 1 : 0;
            while (inHeader && start < lines.Count && headerLines < MaxHeaderLines && (header.TryRead(lines[start].Text) || advisory.TryReadLine(lines[start].Text)))
            {
                start++;
                headerLines++;
            }

            if (start < lines.Count)
            {
                inHeader = false;
                AddParagraphs(lines, start, paragraphs);
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// Joins the hard-wrapped lines of a block with spaces. A line indented deeper than the one before
    /// starts a new paragraph, as in copy that marks paragraphs by indenting rather than by blank lines.
    /// </summary>
    private static void AddParagraphs(List<PlainCopyLine> lines, int start, List<string> paragraphs)
    {
        var first = start;
        for (var i = start + 1; i < lines.Count; i++)
        {
            if (lines[i].Indent > lines[i - 1].Indent)
            {
                paragraphs.Add(Join(lines, first, i));
                first = i;
            }
        }

        paragraphs.Add(Join(lines, first, lines.Count));
    }

    // Implementation note: a paragraph of one line, the usual case, is that line's string; a wrapped one
    // is copied once, at its final length, rather than grown in a StringBuilder and copied out of it.
    private static string Join(List<PlainCopyLine> lines, int start, int end)
    {
        if (end - start == 1)
        {
            return lines[start].Text;
        }

        var length = end - start - 1;
        for (var i = start; i < end; i++)
        {
            length += lines[i].Text.Length;
        }

        return string.Create(length, (lines, start, end), static (paragraph, range) =>
        {
            var (lines, start, end) = range;
            var written = 0;
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    paragraph[written++] = ' ';
                }

                lines[i].Text.CopyTo(paragraph[written..]);
                written += lines[i].Text.Length;
            }
        });
    }

    /// <summary>Takes end marks and sign-offs off the end of the body; returns the sign-offs' contributors in reading order.</summary>
    private static List<Contributor> StripClosing(List<string> paragraphs)
    {
        var contributors = new List<Contributor>();
        while (paragraphs.Count > 0)
        {
            string rest;
            if (SignOff.TryStrip(paragraphs[^1], out var signed, out rest))
            {
                contributors.InsertRange(0, signed);
            }
            else if (!EndMark.TryStrip(paragraphs[^1], out rest))
            {
                break;
            }

            ParagraphEdits.Replace(paragraphs, paragraphs.Count - 1, rest);
        }

        return contributors;
    }

    private static Dateline? StripDateline(List<string> paragraphs)
    {
        if (paragraphs.Count == 0 || !Dateline.TryStrip(paragraphs[0], out var dateline, out var rest))
        {
            return null;
        }

        ParagraphEdits.Replace(paragraphs, 0, rest);
        return dateline;
    }
}
