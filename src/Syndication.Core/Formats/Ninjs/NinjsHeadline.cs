using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>The main headline of a ninjs item, and its subheadline and kicker when they are given.</summary>
internal readonly record struct NinjsHeadline(string? Main, string? Sub, string? Kicker = null)
{
    public static NinjsHeadline Read(JsonElement item, NinjsGeneration generation, NinjsDeviations deviations)
    {
        var one = generation == NinjsGeneration.One;
        var (expected, other) = one ? ("headline", "headlines") : ("headlines", "headline");
        if (item.TryGetProperty(expected, out var value))
        {
            return one ? FromString(value, expected, deviations) : FromArray(value, deviations);
        }

        if (one && FirstPattern(item) is { } pattern)
        {
            return new NinjsHeadline(pattern, null);
        }

        if (!item.TryGetProperty(other, out value))
        {
            return default;
        }

        var headline = value.ValueKind == JsonValueKind.Array ? FromArray(value, new NinjsDeviations()) : FromString(value, other, new NinjsDeviations());
        if (headline.Main is not null)
        {
            deviations.Add(other, $"\"{other}\" is not a ninjs {(int)generation}.x property (it is \"{expected}\" there); read as the headline.");
        }

        return headline;
    }

    private static NinjsHeadline FromString(JsonElement value, string name, NinjsDeviations deviations)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new NinjsHeadline(value.GetString(), null);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            deviations.Add(name, $"\"{name}\" should be a string, not a list; its main entry was read as the headline.");
            return FromArray(value, new NinjsDeviations());
        }

        deviations.Add(name, $"\"{name}\" should be a string, not {NinjsValues.Article(value.ValueKind)}; no headline read from it.");
        return default;
    }

    private static NinjsHeadline FromArray(JsonElement value, NinjsDeviations deviations)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            deviations.Add("headlines", "\"headlines\" should be a list of objects, not a string; the string was read as the headline.");
            return new NinjsHeadline(value.GetString(), null);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            deviations.Add("headlines", $"\"headlines\" should be a list of objects, not {NinjsValues.Article(value.ValueKind)}; no headline read from it.");
            return default;
        }

        string? main = null, first = null, sub = null, kicker = null;
        foreach (var entry in value.EnumerateArray())
        {
            var text = NinjsValues.Member(entry, "value");
            if (text is null)
            {
                continue;
            }

            var role = NinjsValues.Member(entry, "role");
            first ??= text;
            if (role is null or "main")
            {
                main ??= text;
            }
            else if (role is "sub" or "subhead" or "subheadline" or "subtitle")
            {
                // "subhead" is the role IPTC's user guide gives a subheadline.
                sub ??= text;
            }
            else if (role == "kicker")
            {
                kicker ??= text;
            }
        }

        return new NinjsHeadline(main ?? first, sub, kicker);
    }

    /// <summary>1.3 added <c>headline_*</c> for extra headlines; an item with only those names its main one <c>headline_main</c> or similar.</summary>
    private static string? FirstPattern(JsonElement item)
    {
        if (item.TryGetProperty("headline_main", out var main) && main.ValueKind == JsonValueKind.String)
        {
            return main.GetString();
        }

        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.StartsWith("headline_", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
