using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The time stamp after ETX in IPTC 7901 copy: day, hour and minute, "GMT", the month's abbreviation in
/// English or German, and a two-digit year ("131137 GMT Nov 13", "071341 GMT Okt 15").
/// </summary>
internal static partial class Iptc7901TransmissionTime
{
    private static readonly Dictionary<string, int> s_months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["mär"] = 3, ["mrz"] = 3, ["apr"] = 4, ["may"] = 5, ["mai"] = 5,
        ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["okt"] = 10, ["nov"] = 11,
        ["dec"] = 12, ["dez"] = 12,
    };

    /// <remarks>The two-digit year is read with the invariant calendar's pivot, as in <see cref="AnpaTransmissionTime"/>.</remarks>
    public static DateTimeOffset? Read(string trailer)
    {
        var match = Stamp().Match(trailer);
        if (!match.Success || !s_months.TryGetValue(match.Groups["month"].Value, out var month))
        {
            return null;
        }

        var year = CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(Number(match, "year"));
        var day = Number(match, "day");
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60
            ? new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?<day>\d{2})(?<hour>\d{2})(?<minute>\d{2})\x20+(?:GMT\x20+)?(?<month>\p{L}{3})\x20+(?<year>\d{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Stamp();
}
