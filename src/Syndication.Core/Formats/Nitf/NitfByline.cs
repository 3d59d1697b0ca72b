using System.Text;
using System.Xml.Linq;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>Reads the people a NITF <c>byline</c> names, and what they did for the story.</summary>
/// <remarks>
/// Implementation note: where the byline marks its people (<c>&lt;person&gt;</c>) they are taken as
/// written. Otherwise its text is read the way wire bylines are written, "By NAME[ and NAME][, AFFILIATION]",
/// and a name is kept only when it reads as one, so desk initials ("gr/bp") do not become authors. The
/// job title (<c>byttl</c>) is not a name and is never read as one; it gives the people a role other than
/// author only when it is nothing but that role's title ("Editor"), so a "Staff Writer" stays an author.
/// </remarks>
internal static class NitfByline
{
    public static void Read(XElement byline, XNamespace ns, List<Contributor> contributors)
    {
        var role = Role(NitfText.Of(byline.Element(ns + "byttl")));
        var people = byline.Elements(ns + "person").ToList();
        if (people.Count > 0)
        {
            foreach (var person in people)
            {
                if (NitfText.Of(person) is { } name)
                {
                    contributors.Add(new Contributor(name, role));
                }
            }

            return;
        }

        var text = OwnText(byline, ns).Trim();
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        var affiliation = text.IndexOfAny([',', '/']);
        foreach (var name in PersonNames.Split(affiliation < 0 ? text : text[..affiliation]))
        {
            if (PersonNames.IsPlausibleName(name))
            {
                contributors.Add(new Contributor(name, role));
            }
        }
    }

    /// <summary>The byline title that says what a contributor who is not an author did; none for an author.</summary>
    public static string? Title(ContributorRole role) => role switch
    {
        ContributorRole.Reporter => "Reporter",
        ContributorRole.Writer => "Writer",
        ContributorRole.Editor => "Editor",
        _ => null,
    };

    private static ContributorRole Role(string? title)
    {
        foreach (var role in (ReadOnlySpan<ContributorRole>)[ContributorRole.Reporter, ContributorRole.Writer, ContributorRole.Editor])
        {
            if (string.Equals(title, Title(role), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return ContributorRole.Author;
    }

    /// <summary>The byline's text without its job title.</summary>
    private static string OwnText(XElement byline, XNamespace ns)
    {
        var text = new StringBuilder();
        foreach (var node in byline.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement e && e.Name != ns + "byttl")
            {
                text.Append(e.Value);
            }
        }

        return text.ToString();
    }
}
