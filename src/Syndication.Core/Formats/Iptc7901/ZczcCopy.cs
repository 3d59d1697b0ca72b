using Syndication.Core.Decoding;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// Reads AAP's teletype framing: "ZCZC" (and a routing word) opens the message, header lines follow, each
/// marked by its first character ($ category, : or # keyword, = take key, ^ headline, * format,
/// &amp; service level, + IPTC subject code, % routing), then the text up to "NNNN".
/// </summary>
/// <remarks>
/// Implementation note: AAP sends results tables and fields without a headline, only keywords ("#Darwin
/// Grey", ":11/10/2015"); making one up from them would be guessing, so such a message is refused. A
/// message marked as text ("*X") whose header has no ^ headline has its title on the first text line, as
/// plain copy does. Every text line is a paragraph: AAP copy is either unwrapped prose or table rows,
/// and joining lines would run the rows together.
/// </remarks>
internal static class ZczcCopy
{
    public const string Format = "zczc";

    private const string StartOfMessage = "ZCZC";
    private const string EndOfMessage = "NNNN";
    private const string AgencySuffix = " AAP";

    public static void Decode(string text, DecodedDrafts decoded)
    {
        var lines = text.Split('\n');
        var at = 0;
        while (at < lines.Length && !lines[at].TrimStart().StartsWith(StartOfMessage, StringComparison.Ordinal))
        {
            at++;
        }

        string? headline = null;
        var isText = false;
        var keywords = new List<string>();
        var subjects = new List<Subject>();
        for (at++; at < lines.Length && lines[at].Length > 0 && IsHeaderLine(lines[at]); at++)
        {
            var value = WireLine.Clean(lines[at].AsSpan(1));
            switch (lines[at][0])
            {
                case '^':
                    headline ??= value;
                    break;
                case ':' or '#' or '=' when value.Length > 0:
                    keywords.Add(value);
                    break;
                case '$' when value.Length > 0:
                    subjects.Add(WireCategory.ToSubject(value));
                    break;
                case '+' when value.Length > 0:
                    subjects.Add(new Subject($"subj:{value}", null));
                    break;
                case '*':
                    isText = value == "X";
                    break;
            }
        }

        var paragraphs = new List<string>();
        for (; at < lines.Length && !lines[at].TrimStart().StartsWith(EndOfMessage, StringComparison.Ordinal); at++)
        {
            var line = WireLine.Clean(lines[at]);
            if (line.Length > 0)
            {
                paragraphs.Add(line);
            }
        }

        if (headline is null && isText && paragraphs.Count > 0)
        {
            headline = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        if (string.IsNullOrEmpty(headline))
        {
            var named = keywords.Count > 0 ? $" only keywords ({string.Join(", ", keywords)})" : " no keywords either";
            decoded.Reject(RejectionReasons.NoHeadline,
                $"The ZCZC message has no ^ headline line and is not marked as text (*X): it is a results table or field list with{named}.");
            return;
        }

        string? datelineText = null;
        string? credit = null;
        if (paragraphs.Count > 0 && Dateline.TryStrip(paragraphs[0], out var dateline, out var rest))
        {
            if (rest.Length == 0)
            {
                paragraphs.RemoveAt(0);
            }
            else
            {
                paragraphs[0] = rest;
            }

            (datelineText, credit) = (dateline.Text, dateline.Credit);

            // AAP writes its name after the date, without parentheses: "SYDNEY, Dec 7 AAP - ".
            if (credit is null && datelineText.EndsWith(AgencySuffix, StringComparison.Ordinal))
            {
                (datelineText, credit) = (datelineText[..^AgencySuffix.Length], AgencySuffix.Trim());
            }
        }

        if (paragraphs.Count == 0)
        {
            decoded.Reject(RejectionReasons.NoBody, "The ZCZC message has a headline but no text before NNNN.");
            return;
        }

        decoded.Add(new StoryDraft
        {
            Format = Format,
            Headline = headline,
            Dateline = datelineText,
            Credit = credit,
            Paragraphs = paragraphs,
            Subjects = subjects,
            Keywords = keywords,
        });
    }

    private static bool IsHeaderLine(string line) => line[0] is '$' or ':' or '#' or '=' or '^' or '*' or '&' or '+' or '%';
}
