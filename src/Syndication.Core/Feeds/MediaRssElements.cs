using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>
/// The Media RSS elements an RSS item carries where the story has something for them: a credit per person
/// with their role, the keywords, a category per coded subject with its scheme, and the copyright line.
/// </summary>
internal static class MediaRssElements
{
    private static readonly XNamespace s_media = FeedNamespaces.MediaRss;

    public static IEnumerable<XElement> Of(Story story)
    {
        foreach (var contributor in story.Contributors)
        {
            // Roles from the EBU list Media RSS defaults to (scheme urn:ebu), in lower case as it requires.
            yield return new XElement(s_media + "credit", new XAttribute("role", Role(contributor.Role)), contributor.Name);
        }

        // Media RSS separates keywords with commas, so a comma inside one would split it.
        var keywords = story.Keywords
            .Select(keyword => string.Join(' ', keyword.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)))
            .Where(keyword => keyword.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keywords.Count > 0)
        {
            yield return new XElement(s_media + "keywords", string.Join(", ", keywords));
        }

        foreach (var subject in story.Subjects)
        {
            if (SubjectScheme.Of(subject) is var (scheme, term))
            {
                yield return new XElement(s_media + "category",
                    new XAttribute("scheme", scheme),
                    string.IsNullOrEmpty(subject.Name) ? null : new XAttribute("label", subject.Name),
                    term);
            }
        }

        if (!string.IsNullOrEmpty(story.Rights.Copyright))
        {
            yield return new XElement(s_media + "copyright", story.Rights.Copyright);
        }
    }

    private static string Role(ContributorRole role) => role switch
    {
        ContributorRole.Reporter => "reporter",
        ContributorRole.Editor => "editor",
        _ => "author",
    };
}
