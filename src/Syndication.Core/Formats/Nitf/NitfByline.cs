using System.Text;
using System.Xml.Linq;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>Reads the authors a NITF <c>byline</c> names.</summary>
/// <remarks>
/// Implementation note: where the byline marks its people (<c>&lt;person&gt;</c>) they are taken as
/// written. Otherwise its text is read the way wire bylines are written, "By NAME[ and NAME][, AFFILIATION]",
/// and a name is kept only when it reads as one, so desk initials ("gr/bp") do not become authors. The
/// job title (<c>byttl</c>) is not a name and is never read as one.
/// </remarks>
internal static class NitfByline
{
    public static void Read(XElement byline, XNamespace ns, List<Contributor> contributors)
    {
        var people = byline.Elements(ns + "person").ToList();
        if (people.Count > 0)
        {
            foreach (var person in people)
            {
                if (NitfText.Of(person) is { } name)
                {
                    contributors.Add(new Contributor(name, ContributorRole.Author));
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
                contributors.Add(new Contributor(name, ContributorRole.Author));
            }
        }
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
