using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// Writes the XHTML or NITF inside an <c>inlineXML</c> as plain HTML for the normalizer's sanitizer:
/// local names only (no namespace declarations or prefixes, so <c>html:p</c> and a NITF-namespace
/// <c>p</c> both become <c>p</c>), NITF's own block tags mapped to their HTML kin, and the parts that
/// repeat the item's metadata left out.
/// </summary>
/// <remarks>
/// Implementation note: writing the tree by hand instead of <see cref="XNode.ToString()"/> costs a few
/// lines and saves a namespace-stripping pass: XLinq would write <c>xmlns</c> declarations and prefixes
/// that an HTML parser reads as unknown tags, which the sanitizer would unwrap into one run of text.
/// Only <c>href</c> is written among attributes, the only one the sanitizer keeps. Recursion is bounded
/// by <see cref="Xml.XmlInput.MaxDepth"/>.
/// </remarks>
internal static class G2BodyMarkup
{
    /// <summary>
    /// Elements whose text is not the story's: the document head, an XHTML <c>header</c> (dpa repeats the
    /// slugline, date and headline there), <c>h1</c> (the headline again), a <c>figure</c> (a picture and
    /// its caption, which belong to the picture item), NITF's <c>body.head</c> and <c>media</c>.
    /// </summary>
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "head", "header", "h1", "figure", "body.head", "body.end", "media",
    };

    /// <summary>NITF tags that mean an HTML one; a NITF <c>block</c> or <c>body.content</c> is only a container.</summary>
    private static readonly Dictionary<string, string?> s_nitfTags = new(StringComparer.Ordinal)
    {
        ["hl1"] = "h2",
        ["hl2"] = "h2",
        ["bq"] = "blockquote",
        ["block"] = null,
        ["body.content"] = null,
        ["hedline"] = null,
    };

    /// <summary>The markup of <paramref name="container"/>'s content, without the container's own tag.</summary>
    public static string Write(XElement container)
    {
        var html = new StringBuilder();
        WriteContent(container, html);
        return html.ToString();
    }

    private static void WriteContent(XElement element, StringBuilder html)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    html.Append(WebUtility.HtmlEncode(text.Value));
                    break;
                case XElement child when !s_skipped.Contains(child.Name.LocalName):
                    WriteElement(child, html);
                    break;
            }
        }
    }

    private static void WriteElement(XElement element, StringBuilder html)
    {
        var name = element.Name.LocalName;
        if (s_nitfTags.TryGetValue(name, out var mapped))
        {
            if (mapped is null)
            {
                WriteContent(element, html);
                return;
            }

            name = mapped;
        }

        html.Append('<').Append(name);
        if (element.Attribute("href")?.Value is { } href)
        {
            html.Append(" href=\"").Append(WebUtility.HtmlEncode(href)).Append('"');
        }

        html.Append('>');
        if (name is "br")
        {
            return;
        }

        WriteContent(element, html);
        html.Append("</").Append(name).Append('>');
    }
}
