using System.Globalization;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// Reads the dates feeds write: RFC 822 (RSS <c>pubDate</c>) as real feeds bend it, and RFC 3339 / W3C-DTF
/// (Atom, <c>dc:date</c>). A date without a zone is not read: its offset would be a guess.
/// </summary>
/// <remarks>
/// Implementation note: RFC 822 is read token by token rather than with <c>DateTimeOffset.TryParseExact</c>
/// and a list of patterns, because the deviations combine (no weekday, a one-digit day, a two-digit year,
/// no seconds, a zone name, trailing space) and a pattern per combination would be dozens of formats.
/// </remarks>
internal static class FeedDate
{
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] s_isoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Zone names RFC 822 defines, and the European ones feeds use although it does not.</summary>
    private static readonly Dictionary<string, int> s_zoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["WET"] = 0, ["WEST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2, ["EET"] = 2, ["EEST"] = 3,
    };

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        return char.IsAsciiDigit(trimmed[0]) && trimmed.Length > 10 && trimmed[4] == '-'
            ? TryParseIso(trimmed, out value)
            : TryParseRfc822(trimmed, out value);
    }

    private static bool TryParseIso(string text, out DateTimeOffset value) =>
        (text.EndsWith('Z') || HasOffset(text))
        && DateTimeOffset.TryParseExact(text, s_isoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        || Fail(out value);

    /// <summary>Whether an ISO date ends in a numeric offset (past the date's own hyphens).</summary>
    private static bool HasOffset(string text)
    {
        var sign = text.AsSpan(10).LastIndexOfAny('+', '-');
        return sign >= 0 && text.Length - (10 + sign) is 6 or 5 or 3;
    }

    private static bool TryParseRfc822(string text, out DateTimeOffset value)
    {
        var tokens = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var at = tokens.Length > 0 && char.IsAsciiLetter(tokens[0][0]) ? 1 : 0;
        if (tokens.Length - at != 5
            || !int.TryParse(tokens[at], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !TryParseMonth(tokens[at + 1], out var month)
            || !TryParseYear(tokens[at + 2], out var year)
            || !TryParseTime(tokens[at + 3], out var time)
            || !TryParseZone(tokens[at + 4], out var offset)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(out value);
        }

        value = new DateTimeOffset(new DateTime(year, month, day).Add(time), offset);
        return true;
    }

    private static bool TryParseMonth(string token, out int month)
    {
        month = token.Length >= 3 ? Array.IndexOf(s_months, token[..3].ToLowerInvariant()) + 1 : 0;
        return month > 0;
    }

    private static bool TryParseYear(string token, out int year)
    {
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) || token.Length is not (2 or 4))
        {
            return false;
        }

        // RFC 822 has two-digit years; RFC 1123 moved to four. A two-digit year in a feed is this century.
        year += token.Length == 2 ? 2000 : 0;
        return year is >= 1970 and <= 9999;
    }

    private static bool TryParseTime(string token, out TimeSpan time) =>
        TimeSpan.TryParseExact(token, ["h\\:mm\\:ss", "h\\:mm"], CultureInfo.InvariantCulture, out time) && time < TimeSpan.FromDays(1);

    private static bool TryParseZone(string token, out TimeSpan offset)
    {
        offset = default;
        if (s_zoneHours.TryGetValue(token, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        var digits = token.Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 5 || digits[0] is not ('+' or '-')
            || !int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 14 || m > 59)
        {
            return false;
        }

        offset = new TimeSpan(h, m, 0) * (digits[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool Fail(out DateTimeOffset value)
    {
        value = default;
        return false;
    }
}
