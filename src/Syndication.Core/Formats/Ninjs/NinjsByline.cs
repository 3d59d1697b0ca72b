using System.Text.Json;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The people who wrote a ninjs item: the <c>authors</c> list Superdesk adds with each person's role, or
/// else the <c>people</c> whose <c>rel</c> says what they did for it (<see cref="NinjsConventions.RoleOf"/>),
/// or else its byline (<c>byline</c> in 1.x, <c>by</c> in 2.x and 3.x).
/// </summary>
internal static class NinjsByline
{
    // "By", and the same word in the agencies' languages that write ninjs bylines with it ("Von ..., dpa").
    private static readonly string[] s_byWords = ["By ", "Von ", "Par ", "Por ", "Av ", "Af "];

    public static IReadOnlyList<Contributor> Read(JsonElement item, NinjsVocabulary vocabulary, NinjsDeviations deviations)
    {
        var contributors = new List<Contributor>();
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (contributors.Count < NinjsValues.MaxEntries && NinjsValues.Member(author, "name") is { } name
                    && RoleOf(NinjsValues.Member(author, "role")) is { } role)
                {
                    contributors.Add(new Contributor(name, role));
                }
            }
        }

        if (contributors.Count == 0 && item.TryGetProperty(vocabulary.People, out var people) && people.ValueKind == JsonValueKind.Array)
        {
            foreach (var person in people.EnumerateArray())
            {
                if (contributors.Count < NinjsValues.MaxEntries && NinjsValues.Member(person, "name") is { } name
                    && NinjsConventions.RoleOf(NinjsValues.Member(person, "rel")) is { } role)
                {
                    contributors.Add(new Contributor(name, role));
                }
            }
        }

        if (contributors.Count == 0 && NinjsValues.String(item, vocabulary.Byline, deviations) is { } text)
        {
            contributors.AddRange(FromByline(text));
        }

        return contributors;
    }

    /// <summary>
    /// The names a byline lists. The plausible person names among its parts ("Von Christian Hollmann, dpa"
    /// gives Christian Hollmann); a byline with none is kept whole as one author, as written.
    /// </summary>
    private static List<Contributor> FromByline(string byline)
    {
        var text = byline.Trim();
        foreach (var word in s_byWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length && char.IsUpper(text[word.Length]))
            {
                text = text[word.Length..];
                break;
            }
        }

        var contributors = new List<Contributor>();
        foreach (var name in PersonNames.Split(text))
        {
            if (PersonNames.IsPlausibleName(name))
            {
                contributors.Add(new Contributor(name, ContributorRole.Author));
            }
        }

        if (contributors.Count == 0 && text.Length > 0)
        {
            contributors.Add(new Contributor(text, ContributorRole.Author));
        }

        return contributors;
    }

    /// <summary>Superdesk's author roles; a photographer or other non-writing role is not a byline.</summary>
    private static ContributorRole? RoleOf(string? role) => role?.ToLowerInvariant() switch
    {
        null or "writer" or "author" => ContributorRole.Author,
        "editor" or "subeditor" => ContributorRole.Editor,
        "reporter" or "correspondent" => ContributorRole.Reporter,
        _ => null,
    };
}
