using System.Globalization;
using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>Reads and writes a G2 date-time element (<c>versionCreated</c>, <c>embargoed</c>, ...) with the offset it was written in.</summary>
internal static class G2DateTime
{
    /// <summary>An <c>xs:dateTime</c> in the time's own offset; a fraction of a second only when there is one.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>
    /// The time, or null with a deviation when it is absent, not a date-time, or has no offset. A time
    /// without an offset (STT writes local times bare) is left out rather than guessed into a time zone.
    /// </summary>
    public static DateTimeOffset? Read(XElement? element, ICollection<string> deviations)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.Text();
        var name = element.Name.LocalName;
        if (text is null)
        {
            deviations.Add($"<{name}> is empty; left out.");
            return null;
        }

        if (TryParseWithOffset(text, out var time))
        {
            return time;
        }

        deviations.Add(DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"<{name}> \"{text}\" has no UTC offset; left out rather than guessed."
            : $"<{name}> \"{text}\" is not a date-time; left out.");
        return null;
    }

    private static bool TryParseWithOffset(string text, out DateTimeOffset time)
    {
        time = default;
        if (!HasOffset(text))
        {
            return false;
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && char.IsAsciiDigit(text[^1]))
        {
            // "+0100" is not xs:dateTime, but it is unambiguous and real agencies (ANSA) send it; the
            // schema check reports it. DateTimeOffset's parser wants the colon.
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>Ends in "Z" or a "+hh:mm"/"-hhmm" offset after the time part.</summary>
    private static bool HasOffset(string text)
    {
        var timePart = text.IndexOf('T', StringComparison.Ordinal);
        return timePart > 0 && (text.EndsWith('Z') || text.AsSpan(timePart).IndexOfAny('+', '-') > 0);
    }
}
