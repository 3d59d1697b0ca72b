using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The dateline opening a wire story's first paragraph: the capitalised form plain copy uses
/// ("BEIRUT, June 1 (Reuters) - ", see <see cref="Dateline"/>), or the mixed-case form of European agencies,
/// which always names the agency ("Berlin (dpa) - ", "San Diego (tca/dpa) - ").
/// </summary>
internal static partial class AgencyDateline
{
    // Only a paragraph's opening can be a dateline; this bounds the regex's work on long ones.
    private const int MaxPrefixLength = 120;

    /// <summary>
    /// Takes an end mark off the last paragraph and a dateline off the first, dropping a paragraph that
    /// held nothing else; returns the dateline, if there was one.
    /// </summary>
    public static Dateline? StripEdges(List<string> paragraphs)
    {
        if (paragraphs.Count > 0 && EndMark.TryStrip(paragraphs[^1], out var beforeMark))
        {
            ParagraphEdits.Replace(paragraphs, paragraphs.Count - 1, beforeMark);
        }

        if (paragraphs.Count == 0 || !TryStrip(paragraphs[0], out var dateline, out var rest))
        {
            return null;
        }

        ParagraphEdits.Replace(paragraphs, 0, rest);
        return dateline;
    }

    public static bool TryStrip(string paragraph, [NotNullWhen(true)] out Dateline? dateline, out string rest)
    {
        if (Dateline.TryStrip(paragraph, out dateline, out rest))
        {
            return true;
        }

        var match = MixedCase().Match(paragraph, 0, Math.Min(paragraph.Length, MaxPrefixLength));
        if (!match.Success)
        {
            return false;
        }

        dateline = new Dateline(match.Groups["place"].Value, match.Groups["credit"].Value.Trim());
        rest = paragraph[match.Length..].Trim();
        return true;
    }

    // Up to four capitalised words, the agency in parentheses, a dash: "Munich (dpa) - ".
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\x20\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\x20\((?<credit>[^()]{1,30})\)\x20+(?:-|–|—)\x20+",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MixedCase();
}
