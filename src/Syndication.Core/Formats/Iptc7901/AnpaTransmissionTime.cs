using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>The time stamp AP sends after ETX: "AP-WF-11-13-13 1509GMT" (month, day, two-digit year, time in GMT).</summary>
internal static partial class AnpaTransmissionTime
{
    /// <remarks>
    /// Implementation note: the two-digit year is read with the invariant calendar's pivot (up to 2049 is
    /// this century), the rule .NET applies to two-digit years everywhere.
    /// </remarks>
    public static DateTimeOffset? Read(string trailer)
    {
        var match = Stamp().Match(trailer);
        if (!match.Success)
        {
            return null;
        }

        var calendar = CultureInfo.InvariantCulture.Calendar;
        var year = calendar.ToFourDigitYear(Number(match, "year"));
        var month = Number(match, "month");
        var day = Number(match, "day");
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60
            ? new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?<month>\d{2})-(?<day>\d{2})-(?<year>\d{2})\x20(?<hour>\d{2})(?<minute>\d{2})\x20?GMT",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Stamp();
}
