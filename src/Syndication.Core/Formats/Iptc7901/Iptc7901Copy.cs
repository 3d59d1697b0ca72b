using Syndication.Core.Decoding;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// Reads IPTC 7901 copy as dpa sends it: SOH and the header line, keyword lines ("Germany-politics/"),
/// STX, a head block (status lines such as "1ST LEAD", the headline, a byline ending " ="), paragraphs
/// separated by blank lines or indents, a notebook not for publication, ETX with a time stamp, EOT.
/// </summary>
internal static class Iptc7901Copy
{
    private const char StartOfText = '\u0002';
    private const char EndOfText = '\u0003';

    // Implementation note: three status words at most ("1ST LEAD", "REFILE", "(Achtung)"); a headline in
    // capitals is longer than that.
    private const int MaxStatusWords = 3;

    public static void Decode(string text, DecodedDrafts decoded)
    {
        var start = text.IndexOf(StartOfText, StringComparison.Ordinal);
        if (start < 0)
        {
            decoded.Reject(RejectionReasons.Malformed, "The IPTC 7901 item has no STX (0x02), so it has no text to read.");
            return;
        }

        var end = text.IndexOf(EndOfText, start);
        var preamble = text[..start].Split('\n');
        var header = Iptc7901Header.Read(preamble[0]);
        var lines = (end < 0 ? text[(start + 1)..] : text[(start + 1)..end]).Split('\n');

        var byline = new PlainCopyHeader();
        var headline = new List<string>();
        var at = ReadHeadBlock(lines, byline, headline, out var affiliation);
        if (headline.Count == 0)
        {
            decoded.Reject(RejectionReasons.NoHeadline, "The IPTC 7901 item has no headline line after STX.");
            return;
        }

        var bodyEnd = at;
        while (bodyEnd < lines.Length && !IsNotebook(lines[bodyEnd]))
        {
            bodyEnd++;
        }

        var paragraphs = SoftWrappedParagraphs.Read(lines.AsSpan(at, bodyEnd - at));
        var dateline = AgencyDateline.StripEdges(paragraphs);

        if (paragraphs.Count == 0)
        {
            decoded.Reject(RejectionReasons.NoBody, "The IPTC 7901 item has a headline but no text paragraphs before its notebook.");
            return;
        }

        var contributors = new List<Contributor>(byline.Contributors);
        foreach (var contact in Iptc7901Contacts.Read(lines[bodyEnd..], withReporters: contributors.Count == 0))
        {
            if (!contributors.Exists(c => c.Name == contact.Name))
            {
                contributors.Add(contact);
            }
        }

        decoded.Add(new StoryDraft
        {
            Format = Iptc7901Decoder.Format,
            Headline = string.Join(' ', headline),
            Contributors = contributors,
            Dateline = dateline?.Text,
            Credit = dateline?.Credit ?? affiliation,
            Paragraphs = paragraphs,
            Published = end < 0 ? null : Iptc7901TransmissionTime.Read(text[end..]),
            Urgency = header?.Priority,
            Subjects = header is null ? [] : [WireCategory.ToSubject(header.Category)],
            Keywords = Keywords(preamble),
            Deviations = header is null ? ["The IPTC 7901 header line after SOH (priority, category, word count) is missing or unreadable."] : [],
        });
    }

    /// <summary>
    /// Reads the lines from STX to the first blank line: status lines are skipped, a "By" line is the
    /// byline, the others make the headline. Returns the index of the first line after the block.
    /// </summary>
    /// <remarks>
    /// A "By" line is the byline even when it names no person ("By dpa correspondents"); dpa closes it with
    /// its own name in lower case ("By Manuel Schwarz, dpa"), which is read as the affiliation.
    /// </remarks>
    private static int ReadHeadBlock(string[] lines, PlainCopyHeader byline, List<string> headline, out string? affiliation)
    {
        affiliation = null;
        var at = 0;
        while (at < lines.Length && WireLine.IsBlank(lines[at]))
        {
            at++;
        }

        for (; at < lines.Length && !WireLine.IsBlank(lines[at]); at++)
        {
            var line = WireLine.Clean(lines[at]).TrimEnd('=').TrimEnd();
            if (IsStatus(line))
            {
                continue;
            }

            if (line.StartsWith("By ", StringComparison.Ordinal))
            {
                var comma = line.LastIndexOf(',');
                if (!byline.TryRead(line) && comma > 0 && byline.TryRead(line[..comma]))
                {
                    affiliation = line[(comma + 1)..].Trim();
                }

                affiliation ??= byline.Affiliation;
                continue;
            }

            headline.Add(line);
        }

        return at;
    }

    /// <summary>A status line: "1ST LEAD", "REFILE", "URGENT", "(Achtung)"; a few words, in capitals or in parentheses.</summary>
    private static bool IsStatus(string line)
    {
        if (line.StartsWith('(') && line.EndsWith(')'))
        {
            return true;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxStatusWords
            && !line.AsSpan().ContainsAnyInRange('a', 'z');
    }

    // dpa's notebook starts with a "# Notebook" heading, or goes straight to the "* * * *" rule before
    // the editorial contacts; nothing from there on is for publication.
    private static bool IsNotebook(string line) =>
        line.StartsWith("# ", StringComparison.Ordinal) || line.TrimEnd().Equals("* * * *", StringComparison.Ordinal);

    /// <summary>"Germany-football/Munich/Mueller/" -> Germany-football, Munich, Mueller.</summary>
    private static List<string> Keywords(string[] preamble)
    {
        var keywords = new List<string>();
        for (var i = 1; i < preamble.Length; i++)
        {
            foreach (var keyword in WireLine.Clean(preamble[i]).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                keywords.Add(keyword);
            }
        }

        return keywords;
    }
}
