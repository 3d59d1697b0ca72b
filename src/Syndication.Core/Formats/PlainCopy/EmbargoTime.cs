using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// Reads the time in an embargo line as desks write it: ISO 8601 ("2025-06-02T00:01:00Z"), or a clock
/// time, a zone and a date in either order ("0001 GMT June 2, 2025", "June 2, 2025 00:01 GMT",
/// "00:01 BST Tuesday 2 June 2025").
/// </summary>
/// <remarks>
/// Implementation note: only a time that names its date, year and zone is read. A time without a year or
/// a zone would have to be guessed from the clock or the reader's place, and a wrong guess publishes an
/// embargoed story early; such a story is held instead (see <see cref="PlainCopyAdvisory"/>).
/// </remarks>
internal static partial class EmbargoTime
{
    private static readonly Dictionary<string, TimeSpan> s_zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3),
        ["IST"] = new TimeSpan(5, 30, 0), ["JST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
    };

    private static readonly string[] s_dateFormats = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string text, out DateTimeOffset time)
    {
        text = text.Trim().TrimEnd('.');
        if (text.Contains('T', StringComparison.Ordinal) && IsoTime().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return true;
        }

        time = default;
        var clock = Clock().Match(text);
        if (!clock.Success || !TryZone(clock.Groups["zone"].Value, out var offset))
        {
            return false;
        }

        var hour = int.Parse(clock.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(clock.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
        if (clock.Groups["meridiem"].Success)
        {
            var pm = clock.Groups["meridiem"].ValueSpan[0] is 'p' or 'P';
            hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
        }

        var date = Weekday().Replace(text.Remove(clock.Index, clock.Length), string.Empty).Replace(",", " ", StringComparison.Ordinal);
        date = string.Join(' ', date.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (hour > 23 || minute > 59
            || !DateTime.TryParseExact(date, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return false;
        }

        time = new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, offset);
        return true;
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        if (s_zones.TryGetValue(zone, out offset))
        {
            return true;
        }

        var sign = zone.Length > 0 && zone[0] == '-' ? -1 : 1;
        var digits = zone.TrimStart('+', '-').Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) && hhmm % 100 < 60 && hhmm / 100 <= 14)
        {
            offset = sign * new TimeSpan(hhmm / 100, hhmm % 100, 0);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTime();

    [GeneratedRegex(
        @"(?<![\d:])(?<hour>\d{1,2}):?(?<minute>\d{2})\s*(?<meridiem>[ap]\.?m\.?)?\s+(?<zone>[A-Za-z]{1,4}\b|[+-]\d{2}:?\d{2})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b,?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();
}
