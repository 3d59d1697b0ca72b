using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// The place (and date) a story was filed from, opening its first paragraph, with the agency credit
/// that often follows: "BEIRUT, June 1 (Reuters) - ", "WASHINGTON (AP) — ", "LONDON, March 3 - ".
/// </summary>
/// <param name="Text">The dateline as written ("BEIRUT, June 1").</param>
/// <param name="Credit">The agency in parentheses ("Reuters"), when there is one.</param>
internal sealed partial record Dateline(string Text, string? Credit)
{
    // Only the opening of a paragraph can be a dateline; this bounds the regex's work on long ones.
    private const int MaxPrefixLength = 160;

    /// <summary>Reads a dateline off the start of <paramref name="paragraph"/>; <paramref name="rest"/> is what follows it.</summary>
    /// <remarks>
    /// Implementation note: a place in capitals followed by a dash alone ("NATO - ...") is as likely the
    /// start of a sentence as a dateline, so a date or a credit is required before the dash.
    /// </remarks>
    public static bool TryStrip(string paragraph, [NotNullWhen(true)] out Dateline? dateline, out string rest)
    {
        dateline = null;
        rest = paragraph;
        var match = Opening().Match(paragraph, 0, Math.Min(paragraph.Length, MaxPrefixLength));
        if (!match.Success
            || !(match.Groups["date"].Success || match.Groups["credit"].Success)
            || !HasTwoLetters(match.Groups["place"].ValueSpan))
        {
            return false;
        }

        var credit = match.Groups["credit"];
        dateline = new Dateline(match.Groups["dateline"].Value.Trim(), credit.Success ? credit.Value.Trim() : null);
        rest = paragraph[match.Length..].Trim();
        return true;
    }

    private static bool HasTwoLetters(ReadOnlySpan<char> place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    [GeneratedRegex(
        @"^(?<dateline>(?<place>\p{Lu}[\p{Lu}\p{M}.'’/&-]*(?:\x20+\p{Lu}[\p{Lu}\p{M}.'’/&-]*){0,5})" +
        @"(?:,\s*(?<date>[\p{Lu}\p{Nd}][^,()\-—–]{0,30}(?:,\s*[\p{Lu}\p{Nd}][^,()\-—–]{0,30})?))?)" +
        @"\s*(?:\((?<credit>[^()]{1,40})\)\s*)?(?:--|—|–|-)(?:\s+|\z)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Opening();
}
