using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The property names one ninjs generation uses for the fields a story reads, and how an item tells which
/// generation it is written in.
/// </summary>
internal sealed record NinjsVocabulary(
    NinjsGeneration Generation,
    string VersionCreated,
    string FirstCreated,
    string Embargoed,
    string PubStatus,
    string CopyrightNotice,
    string UsageTerms,
    string InfoSources,
    string Subjects,
    string Places,
    string Byline,
    string People,
    string Genres)
{
    public static NinjsVocabulary One { get; } = new(NinjsGeneration.One, "versioncreated", "firstcreated", "embargoed",
        "pubstatus", "copyrightnotice", "usageterms", "infosource", "subject", "place", "byline", "person", "genre");

    public static NinjsVocabulary Two { get; } = new(NinjsGeneration.Two, "versioncreated", "firstcreated", "embargoed",
        "pubstatus", "copyrightnotice", "usageterms", "infosources", "subjects", "places", "by", "people", "genres");

    public static NinjsVocabulary Three { get; } = new(NinjsGeneration.Three, "versionCreated", "firstCreated", "embargoedUntil",
        "pubStatus", "copyrightNotice", "usageTerms", "infoSources", "subjects", "places", "by", "people", "genres");

    // Names only one generation uses. camelCase names exist only in 3.x; the plural arrays came with 2.0.
    private static readonly HashSet<string> s_threeOnly = new(StringComparer.Ordinal)
    {
        "versionCreated", "firstCreated", "contentCreated", "pubStatus", "embargoedUntil", "copyrightNotice",
        "copyrightHolder", "usageTerms", "edNote", "altIds", "infoSources", "representationType", "rightsInfo",
        "trustIndicators", "digitalSourceType", "eventDetails", "plannedCoverage",
    };

    private static readonly HashSet<string> s_twoOnly = new(StringComparer.Ordinal)
    {
        "headlines", "bodies", "descriptions", "subjects", "places", "people", "organisations", "infosources",
        "genres", "by", "events", "objects", "trustindicators",
    };

    private static readonly HashSet<string> s_oneOnly = new(StringComparer.Ordinal)
    {
        "headline", "byline", "subject", "place", "person", "organisation", "infosource", "genre", "event",
        "object", "trustindicator", "$standard",
    };

    /// <summary>
    /// The generation an item is written in: the one its <c>$standard</c>/<c>standard</c> version names, or
    /// else the one most of its property names belong to (a 1.x item that wrongly says <c>headlines</c> still
    /// reads as 1.x when the rest of it is 1.x).
    /// </summary>
    /// <param name="item">The news object.</param>
    /// <param name="names">Its property names, read once by the caller.</param>
    public static NinjsVocabulary Of(JsonElement item, IReadOnlyList<string> names)
    {
        if (DeclaredGeneration(item) is { } declared)
        {
            return declared;
        }

        int one = 0, two = 0, three = 0;
        foreach (var name in names)
        {
            if (s_threeOnly.Contains(name))
            {
                three++;
            }
            else if (s_twoOnly.Contains(name))
            {
                two++;
            }
            else if (s_oneOnly.Contains(name) || IsOnePattern(name))
            {
                one++;
            }
        }

        return three > 0 && three >= one ? Three : two > one ? Two : One;
    }

    /// <summary>The 1.x pattern properties: <c>body_*</c>, <c>headline_*</c>, <c>description_*</c>.</summary>
    public static bool IsOnePattern(string name) =>
        name.StartsWith("body_", StringComparison.Ordinal)
        || name.StartsWith("headline_", StringComparison.Ordinal)
        || name.StartsWith("description_", StringComparison.Ordinal);

    private static NinjsVocabulary? DeclaredGeneration(JsonElement item)
    {
        foreach (var name in (ReadOnlySpan<string>)["standard", "$standard"])
        {
            if (item.TryGetProperty(name, out var standard) && standard.ValueKind == JsonValueKind.Object
                && standard.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
            {
                var text = version.GetString();
                if (!string.IsNullOrEmpty(text))
                {
                    switch (text[0])
                    {
                        case '1': return One;
                        case '2': return Two;
                        case '3': return Three;
                    }
                }
            }
        }

        return null;
    }
}
