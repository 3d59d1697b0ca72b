using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The ANPA 1312 header line before STX: priority letter, category, format selector, slug and word count
/// ("r a DC3 DC1 BC-US--Ethanol-LosingGra 1stLd-Writethru   11-13 1693").
/// </summary>
/// <param name="Priority">The priority letter as written ('f' flash, 'b' bulletin, 'u' urgent, 'r' regular, 'd' deferred).</param>
/// <param name="Category">The category code ("a", "i", "s").</param>
/// <param name="IsTabular">DC2 selects tabular (agate) copy, DC1 running text.</param>
/// <param name="Slug">The slug as sent, its selector prefix included ("BC-US--Ethanol-LosingGra").</param>
internal sealed partial record AnpaHeader(char Priority, string Category, bool IsTabular, string Slug)
{
    private const char TabularSelector = '\u0012';

    /// <summary>Reads the header from the lines before STX; null when none of them is one.</summary>
    public static AnpaHeader? Read(string preamble)
    {
        foreach (var range in preamble.AsSpan().Split('\n'))
        {
            var line = preamble[range];
            var match = HeaderLine().Match(line);
            if (match.Success)
            {
                return new AnpaHeader(
                    char.ToLowerInvariant(match.Groups["priority"].Value[0]),
                    match.Groups["category"].Value,
                    match.Groups["format"].Value[0] == TabularSelector,
                    match.Groups["slug"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"^(?<priority>[a-z])\x20(?<category>[a-z]{1,3})[\x13\x14](?<format>[\x11\x12])\x20(?<slug>\S+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeaderLine();
}
