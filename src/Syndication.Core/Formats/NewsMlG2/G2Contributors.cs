using System.Xml.Linq;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>The people named on an item: <c>creator</c> and <c>contributor</c> parties, else the <c>by</c> line.</summary>
internal static class G2Contributors
{
    /// <summary>
    /// Reads the parties that carry a <c>name</c>. A party with only a <c>literal</c> or <c>qcode</c>
    /// ("Reuters", "photCode:X01390", "MDJ/") is an organisation or a desk code, not a person's name, and
    /// is left out. Only when no party is named is the free-text <c>by</c> line read, as the authors'.
    /// </summary>
    /// <param name="contentMeta">The item's <c>contentMeta</c>.</param>
    /// <param name="nitf">The inline NITF, whose <c>byline/person</c> is read when the metadata names nobody.</param>
    public static IReadOnlyList<Contributor> Read(XElement? contentMeta, XElement? nitf)
    {
        var contributors = new List<Contributor>();
        if (contentMeta is not null)
        {
            foreach (var party in contentMeta.Elements())
            {
                var isCreator = party.Name.LocalName == "creator";
                if ((isCreator || party.Name.LocalName == "contributor") && party.ConceptName() is { } name)
                {
                    contributors.Add(new Contributor(name, Role(party.AttributeText("role"), isCreator)));
                }
            }

            if (contributors.Count == 0 && contentMeta.Child("by").Text() is { } by)
            {
                foreach (var name in PersonNames.Split(WithoutBy(by)))
                {
                    if (PersonNames.IsPlausibleName(name))
                    {
                        contributors.Add(new Contributor(name, ContributorRole.Author));
                    }
                }
            }
        }

        if (contributors.Count == 0 && nitf?.Descendant("byline") is { } byline)
        {
            foreach (var person in byline.Descendants().Where(e => e.Name.LocalName == "person"))
            {
                if (person.Text() is { } name)
                {
                    contributors.Add(new Contributor(name, ContributorRole.Author));
                }
            }
        }

        return contributors;
    }

    /// <summary>
    /// The role from the party's role code ("crole:editor", "cRole:writer"); without one a creator wrote
    /// the item and a contributor, in G2's words, "modified or enhanced" it: an editor.
    /// </summary>
    private static ContributorRole Role(string? role, bool isCreator)
    {
        if (role is not null)
        {
            if (role.Contains("edit", StringComparison.OrdinalIgnoreCase))
            {
                return ContributorRole.Editor;
            }

            if (role.Contains("writ", StringComparison.OrdinalIgnoreCase))
            {
                return ContributorRole.Writer;
            }

            if (role.Contains("report", StringComparison.OrdinalIgnoreCase) || role.Contains("correspondent", StringComparison.OrdinalIgnoreCase))
            {
                return ContributorRole.Reporter;
            }
        }

        return isCreator ? ContributorRole.Author : ContributorRole.Editor;
    }

    private static string WithoutBy(string by) =>
        by.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? by[3..].TrimStart() : by;
}
