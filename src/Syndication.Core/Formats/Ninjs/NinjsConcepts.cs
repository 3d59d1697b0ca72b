using System.Text.Json;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// Reads the concept lists of a ninjs item (subjects, with the keywords among them, and places). 1.x names
/// a concept by <c>scheme</c> and <c>code</c>; 2.x and 3.x by a complete <c>uri</c> or a free-text <c>literal</c>.
/// </summary>
internal static class NinjsConcepts
{
    /// <summary>The subjects of an item, and apart from them the ones that are keywords (<see cref="NinjsConventions.KeywordRel"/>).</summary>
    public static (IReadOnlyList<Subject> Subjects, IReadOnlyList<string> Keywords) Subjects(JsonElement item, string name, NinjsDeviations deviations)
    {
        var subjects = new List<Subject>();
        List<string>? keywords = null;
        foreach (var entry in Entries(item, name, deviations))
        {
            var label = NinjsValues.Member(entry, "name");
            if (label is not null && IsKeyword(entry))
            {
                (keywords ??= []).Add(label);
                continue;
            }

            var code = Code(entry);
            if (code is not null || label is not null)
            {
                subjects.Add(new Subject(code, label));
            }
        }

        return (subjects, keywords ?? []);
    }

    public static IReadOnlyList<Place> Places(JsonElement item, string name, NinjsDeviations deviations)
    {
        var places = new List<Place>();
        foreach (var entry in Entries(item, name, deviations))
        {
            if (NinjsValues.Member(entry, "name") is { } label)
            {
                places.Add(new Place(label, Code(entry)));
            }
        }

        return places;
    }

    private static List<JsonElement> Entries(JsonElement item, string name, NinjsDeviations deviations)
    {
        var entries = new List<JsonElement>();
        if (!item.TryGetProperty(name, out var list))
        {
            return entries;
        }

        if (list.ValueKind == JsonValueKind.Object)
        {
            deviations.Add(name, $"\"{name}\" should be a list of objects, not one object; read as a list of one.");
            entries.Add(list);
            return entries;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            deviations.Add(name, $"\"{name}\" should be a list of objects, not {NinjsValues.Article(list.ValueKind)}; left out.");
            return entries;
        }

        foreach (var entry in list.EnumerateArray())
        {
            if (entries.Count == NinjsValues.MaxEntries)
            {
                break;
            }

            if (entry.ValueKind == JsonValueKind.Object)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static string? Code(JsonElement entry)
    {
        var uri = NinjsValues.Member(entry, "uri");
        if (uri is null)
        {
            var code = NinjsValues.Member(entry, "code") ?? NinjsValues.Member(entry, "literal");
            var scheme = NinjsValues.Member(entry, "scheme");
            if (code is null || scheme is null || !Uri.IsWellFormedUriString(scheme, UriKind.Absolute)
                || Uri.IsWellFormedUriString(code, UriKind.Absolute))
            {
                return code;
            }

            uri = scheme.EndsWith('/') || scheme.EndsWith('#') ? scheme + code : scheme + "/" + code;
        }

        return NinjsConceptCodes.FromUri(uri);
    }

    /// <summary>A keyword is a subject with the keyword rel and only a name: no uri or code it could be looked up by.</summary>
    private static bool IsKeyword(JsonElement entry) =>
        NinjsValues.Member(entry, "rel") == NinjsConventions.KeywordRel
        && NinjsValues.Member(entry, "uri") is null && NinjsValues.Member(entry, "literal") is null && NinjsValues.Member(entry, "code") is null;
}
