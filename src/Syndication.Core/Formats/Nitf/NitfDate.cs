using System.Globalization;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Reads the dates NITF writes in its <c>norm</c> attributes: ISO 8601 basic (<c>20210516T101500+0200</c>,
/// <c>20151210T191044Z</c>), which the specification prefers, and the extended form agencies also send
/// (<c>2016-05-12T00:05:13+02:00</c>, with a space for the <c>T</c> at times). Writes the preferred form.
/// </summary>
internal static class NitfDate
{
    /// <summary>
    /// The specification's preferred form, <c>YYYYMMDDTHHMMSS+HHMM</c>, in the offset the time was written in;
    /// a fraction of a second, which <see cref="TryParse"/> reads back, only when there is one.
    /// </summary>
    public static string Format(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture,
            $"{value:yyyyMMdd'T'HHmmss.FFFFFFF}{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}");
    }

    /// <summary>
    /// Reads <paramref name="text"/>; false when it is not a date, or when it names no UTC offset and so
    /// cannot be placed in time (<paramref name="missingOffset"/> then says which).
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value, out bool missingOffset)
    {
        value = default;
        missingOffset = false;
        var s = text.AsSpan().Trim();
        if (!TryReadDate(ref s, out var year, out var month, out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        long ticks = 0;
        // The specification's own example for a date without a time, "YYYYMMDD000000-HHMM", has no T.
        if (s.Length > 0 && (s[0] is 'T' or 't' or ' ' || char.IsAsciiDigit(s[0])))
        {
            s = char.IsAsciiDigit(s[0]) ? s : s[1..];
            if (!TryReadTime(ref s, out hour, out minute, out second, out ticks))
            {
                return false;
            }
        }

        if (!TryReadOffset(s, out var offset, out var noOffset)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        missingOffset = noOffset;
        if (noOffset)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
        return true;
    }

    private static bool TryReadDate(ref ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        month = day = 0;
        if (!TryDigits(ref s, 4, out year) || year < 1)
        {
            return false;
        }

        var extended = Skip(ref s, '-');
        if (!TryDigits(ref s, 2, out month) || (extended && !Skip(ref s, '-')))
        {
            return false;
        }

        return TryDigits(ref s, 2, out day);
    }

    private static bool TryReadTime(ref ReadOnlySpan<char> s, out int hour, out int minute, out int second, out long ticks)
    {
        minute = second = 0;
        ticks = 0;
        if (!TryDigits(ref s, 2, out hour))
        {
            return false;
        }

        var extended = Skip(ref s, ':');
        if (!TryDigits(ref s, 2, out minute))
        {
            return false;
        }

        if ((extended ? Skip(ref s, ':') : s.Length > 0 && char.IsAsciiDigit(s[0])) && !TryDigits(ref s, 2, out second))
        {
            return false;
        }

        if (Skip(ref s, '.') || Skip(ref s, ','))
        {
            var scale = TimeSpan.TicksPerSecond;
            while (s.Length > 0 && char.IsAsciiDigit(s[0]))
            {
                scale /= 10;
                ticks += (s[0] - '0') * scale;
                s = s[1..];
            }
        }

        return true;
    }

    private static bool TryReadOffset(ReadOnlySpan<char> s, out TimeSpan offset, out bool missing)
    {
        offset = TimeSpan.Zero;
        missing = s.IsEmpty;
        if (missing || s is "Z" or "z")
        {
            return true;
        }

        var sign = s[0] switch { '+' => 1, '-' => -1, _ => 0 };
        s = s[1..];
        if (sign == 0 || !TryDigits(ref s, 2, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (!s.IsEmpty)
        {
            Skip(ref s, ':');
            if (!TryDigits(ref s, 2, out minutes) || !s.IsEmpty)
            {
                return false;
            }
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(sign * hours, sign * minutes, 0);
        return true;
    }

    private static bool Skip(ref ReadOnlySpan<char> s, char c)
    {
        if (s.Length > 0 && s[0] == c)
        {
            s = s[1..];
            return true;
        }

        return false;
    }

    private static bool TryDigits(ref ReadOnlySpan<char> s, int count, out int value)
    {
        value = 0;
        if (s.Length < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        s = s[count..];
        return true;
    }
}
