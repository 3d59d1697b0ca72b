using System.Globalization;
using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>Reads plain values off a ninjs object, taking a value of the wrong JSON type where its meaning is clear.</summary>
internal static class NinjsValues
{
    /// <summary>The most entries read from one array (subjects, places, keywords, authors): a guard against a flood.</summary>
    public const int MaxEntries = 200;

    /// <summary>A string property; a number or boolean is taken as its text, with a deviation.</summary>
    public static string? String(JsonElement item, string name, NinjsDeviations deviations)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                deviations.Add(name, $"\"{name}\" should be a string; {value.GetRawText()} was read as its text.");
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                deviations.Add(name, $"\"{name}\" should be a string, not {Article(value.ValueKind)}; left out.");
                return null;
        }
    }

    /// <summary>A string the schema wants, that some senders give as a list of strings (AP's usageterms): joined with a space.</summary>
    public static string? StringOrList(JsonElement item, string name, NinjsDeviations deviations, bool listIsExpected = false)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return String(item, name, deviations);
        }

        var parts = new List<string>();
        foreach (var part in value.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String && parts.Count < MaxEntries)
            {
                parts.Add(part.GetString()!);
            }
        }

        if (!listIsExpected)
        {
            deviations.Add(name, $"\"{name}\" should be a string, not a list; its {parts.Count} strings were joined.");
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>IPTC urgency; a whole number written as a string ("3") is read, with a deviation.</summary>
    public static int? Urgency(JsonElement item, NinjsDeviations deviations)
    {
        if (!item.TryGetProperty("urgency", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var urgency))
        {
            return urgency;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out urgency))
        {
            deviations.Add("urgency", $"\"urgency\" should be a number; the string \"{value.GetString()}\" was read as {urgency}.");
            return urgency;
        }

        deviations.Add("urgency", $"\"urgency\" {value.GetRawText()} is not a whole number from 1 to 9; left out.");
        return null;
    }

    /// <summary>The item's version: ninjs writes it as a string; a plain number is read too, with a deviation.</summary>
    public static long? Version(JsonElement item, NinjsDeviations deviations, bool numberIsExpected = false)
    {
        if (!item.TryGetProperty("version", out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            if (!numberIsExpected)
            {
                deviations.Add("version", $"\"version\" should be a string; the number {number} was read as the version.");
            }

            return number;
        }

        // A version that is not a whole number ("1.2b") is valid ninjs but gives no order to compare by.
        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number)
                ? number
                : null;
    }

    /// <summary>The strings of an array of strings (keywords), at most <see cref="MaxEntries"/>.</summary>
    public static IReadOnlyList<string> Strings(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var strings = new List<string>();
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && strings.Count < MaxEntries)
            {
                strings.Add(entry.GetString()!);
            }
        }

        return strings;
    }

    /// <summary>A string member of an object, or null.</summary>
    public static string? Member(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };
}
