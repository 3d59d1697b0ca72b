using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The IPTC 7901 header line after SOH: service and message number, priority digit, category, word count
/// and optional information ("eca062 4 i 211 ccccb   dpa 061").
/// </summary>
/// <param name="Service">The service identifier ("eca").</param>
/// <param name="Sequence">The message number within the service ("062").</param>
/// <param name="Priority">1 (flash) to 6 (lowest).</param>
/// <param name="Category">The category code ("i", "rs").</param>
internal sealed partial record Iptc7901Header(string Service, string Sequence, int Priority, string Category)
{
    public static Iptc7901Header? Read(string line)
    {
        var match = HeaderLine().Match(line);
        return match.Success
            ? new Iptc7901Header(
                match.Groups["service"].Value,
                match.Groups["sequence"].Value,
                int.Parse(match.Groups["priority"].ValueSpan, CultureInfo.InvariantCulture),
                match.Groups["category"].Value)
            : null;
    }

    [GeneratedRegex(
        @"\x01(?<service>[a-z]{1,8})(?<sequence>\d{1,6})\x20+(?<priority>[1-6])\x20+(?<category>[a-z]{1,3})\x20+\d{1,5}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeaderLine();
}
