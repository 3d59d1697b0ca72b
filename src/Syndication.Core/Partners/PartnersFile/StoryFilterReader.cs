using System.Text.RegularExpressions;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>Reads a feed's <c>"filter": { "sources", "subjects", "urgencyAtMost", "languages", "keywords" }</c>; every property is optional.</summary>
internal static partial class StoryFilterReader
{
    private static readonly string[] s_properties = ["sources", "subjects", "urgencyAtMost", "languages", "keywords"];

    /// <returns>The filter (one that takes everything when there is none), or null when it has errors (reported).</returns>
    public static StoryFilter? Read(LocatedNode? node, PartnersFileErrors errors)
    {
        if (node is null)
        {
            return StoryFilter.Everything;
        }

        var before = errors.Count;
        var fields = ObjectFields.Read(node, "a feed's filter", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var sources = List(fields.Optional("sources"), "sources", errors);
        var subjects = List(fields.Optional("subjects"), "subjects", errors);
        var keywords = List(fields.Optional("keywords"), "keywords", errors);
        var languages = Languages(fields.Optional("languages"), errors);
        var urgency = fields.Optional("urgencyAtMost") is { } urgencyNode
            ? FieldValues.WholeNumber(urgencyNode, "urgencyAtMost", 1, 9, "from 1 (a flash) to 9", errors)
            : null;
        return errors.Count == before ? new StoryFilter(sources, subjects, urgency, languages, keywords) : null;
    }

    private static string[] List(LocatedNode? node, string name, PartnersFileErrors errors) =>
        node is null ? [] : [.. (FieldValues.TextList(node, name, errors) ?? []).Select(item => item.Text)];

    private static string[] Languages(LocatedNode? node, PartnersFileErrors errors)
    {
        var languages = new List<string>();
        foreach (var (text, item) in node is null ? [] : FieldValues.TextList(node, "languages", errors) ?? [])
        {
            if (LanguageTag().IsMatch(text))
            {
                languages.Add(text);
            }
            else
            {
                errors.Add(item, $"'{text}' is not a language tag: use a BCP 47 tag such as 'en' or 'en-GB'");
            }
        }

        return [.. languages];
    }

    // BCP 47's shape, not its registry: a primary language subtag of 2 or 3 letters, then subtags of 1 to
    // 8 letters or digits. Longer primary subtags are reserved, and none is registered.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
