using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.ReutersSgml;

/// <summary>A record's DATE: "26-FEB-1987 15:01:01.79", the day perhaps one digit and space-padded, wire codes perhaps after it.</summary>
internal static partial class ReutersDate
{
    /// <remarks>
    /// Implementation note: the collection gives no zone. The stories were filed to Reuters' New York
    /// and London desks alike, so no single local zone is right either; the time is taken as UTC, and
    /// every decoded story says so in its deviations.
    /// </remarks>
    public static DateTimeOffset? Read(string date)
    {
        var match = Stamp().Match(date);
        if (!match.Success)
        {
            return null;
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"{match.Groups["day"].Value.PadLeft(2, '0')}-{match.Groups["month"].Value}-{match.Groups["year"].Value} {match.Groups["time"].Value}");
        return DateTimeOffset.TryParseExact(text, "dd-MMM-yyyy HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var value)
            ? value.AddMilliseconds(match.Groups["hundredths"].Success ? 10 * int.Parse(match.Groups["hundredths"].ValueSpan, CultureInfo.InvariantCulture) : 0)
            : null;
    }

    [GeneratedRegex(
        @"^\s*(?<day>\d{1,2})-(?<month>[A-Za-z]{3})-(?<year>\d{4})\s+(?<time>\d{2}:\d{2}:\d{2})(?:\.(?<hundredths>\d{2}))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Stamp();
}
