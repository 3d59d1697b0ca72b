using System.Globalization;
using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>Reads a ninjs date-time property, which the schema wants in RFC 3339 with an offset.</summary>
internal static class NinjsDate
{
    private const string Rfc3339 = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    // The far west edge of the time zones: where a day begins last.
    private static readonly TimeSpan s_latestOffset = TimeSpan.FromHours(-12);

    /// <summary>
    /// The instant a property holds. An offset written without its colon ("+0000", common from Superdesk) is
    /// read. One with no offset at all is left out, except for an embargo, which is read at the latest
    /// instant it can mean, so it never lifts before the sender meant it to.
    /// </summary>
    public static DateTimeOffset? Read(JsonElement item, string name, NinjsDeviations deviations, bool isEmbargo = false)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            deviations.Add(name, $"\"{name}\" should be a date-time string; left out.");
            return null;
        }

        var text = value.GetString()!.Trim();
        var timeAt = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timeAt < 0)
        {
            return Unzoned(name, text, text + "T00:00:00", isEmbargo, deviations);
        }

        string zoned;
        var colonless = false;
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            zoned = text[..^1] + "+00:00";
        }
        else
        {
            var sign = text.AsSpan(timeAt).LastIndexOfAny('+', '-');
            if (sign < 0)
            {
                return Unzoned(name, text, text, isEmbargo, deviations);
            }

            var offset = text[(timeAt + sign)..];
            colonless = offset.Length == 5 && !offset.Contains(':', StringComparison.Ordinal);
            zoned = colonless ? string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2)) : text;
        }

        if (!DateTimeOffset.TryParseExact(zoned, Rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            deviations.Add(name, $"\"{name}\" \"{text}\" is not an RFC 3339 date-time; left out.");
            return null;
        }

        if (colonless)
        {
            deviations.Add(name, $"\"{name}\" \"{text}\" writes its UTC offset without the colon RFC 3339 requires; read as {Format(instant)}.");
        }

        return instant;
    }

    private static DateTimeOffset? Unzoned(string name, string text, string local, bool isEmbargo, NinjsDeviations deviations)
    {
        if (!isEmbargo || !DateTime.TryParseExact(local, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            deviations.Add(name, $"\"{name}\" \"{text}\" has no UTC offset, so its instant is unknown; left out.");
            return null;
        }

        var latest = new DateTimeOffset(time, s_latestOffset);
        deviations.Add(name, $"\"{name}\" \"{text}\" has no UTC offset; the embargo is read at the latest instant it can mean, {Format(latest)}.");
        return latest;
    }

    private static string Format(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
