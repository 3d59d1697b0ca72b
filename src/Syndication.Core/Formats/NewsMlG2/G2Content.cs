using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// The text of a newsItem's <c>contentSet</c>: the body as markup or as plain paragraphs, and the
/// headline the content itself carries (for items whose <c>contentMeta</c> has none).
/// </summary>
/// <param name="BodyHtml">Markup for the normalizer's sanitizer, from XHTML, inline NITF or HTML in <c>inlineData</c>.</param>
/// <param name="Paragraphs">Plain-text paragraphs, from a text <c>inlineData</c>.</param>
/// <param name="Headline">The content's own title: XHTML <c>title</c> or <c>h1</c>, NITF <c>hl1</c> or <c>title</c>.</param>
internal sealed record G2Content(string? BodyHtml, IReadOnlyList<string> Paragraphs, string? Headline)
{
    /// <summary>Roots of <c>inlineXML</c> that are a story's markup: an XHTML document, NITF, or an XHTML fragment.</summary>
    private static readonly HashSet<string> s_textRoots = new(StringComparer.Ordinal)
    {
        "html", "nitf", "body", "article", "section", "div", "p",
    };

    /// <summary>
    /// Reads the first rendition that holds text: an <c>inlineXML</c> (preferred, it is structured) or an
    /// <c>inlineData</c>; null when there is none (a picture's <c>remoteContent</c>, an empty <c>inlineXML</c>).
    /// </summary>
    /// <param name="contentSet">The item's <c>contentSet</c>.</param>
    /// <param name="deviations">Where a rendition that says it is one thing but is another is noted.</param>
    /// <param name="otherXml">
    /// When there is no text: the root of an <c>inlineXML</c> in another vocabulary (SportsML's
    /// <c>sports-content</c>, an <c>events</c> list), which is data rather than a story.
    /// </param>
    public static G2Content? Read(XElement? contentSet, ICollection<string> deviations, out string? otherXml)
    {
        otherXml = null;
        if (contentSet is null)
        {
            return null;
        }

        foreach (var inline in contentSet.Children("inlineXML"))
        {
            var root = inline.Elements().FirstOrDefault();
            if (root is not null && !s_textRoots.Contains(root.Name.LocalName))
            {
                otherXml ??= root.Name.LocalName;
                continue;
            }

            if (FromInlineXml(inline, root) is { } content)
            {
                otherXml = null;
                return content;
            }
        }

        foreach (var inline in contentSet.Children("inlineData"))
        {
            if (FromInlineData(inline, deviations) is { } content)
            {
                otherXml = null;
                return content;
            }
        }

        return null;
    }

    private static G2Content? FromInlineXml(XElement inline, XElement? root)
    {
        if (root is null)
        {
            return inline.Text() is { } text ? new G2Content(null, SplitParagraphs(text), null) : null;
        }

        var (body, headline) = root.Name.LocalName switch
        {
            "html" => (root.Child("body") ?? root, root.Child("head")?.Child("title").Text() ?? root.Descendant("h1").Text()),
            "nitf" => (root.Descendant("body.content"), root.Descendant("hl1").Text() ?? root.Child("head")?.Child("title").Text()),
            _ => (inline, null as string),
        };

        if (body is null || string.IsNullOrWhiteSpace(body.Value))
        {
            return null;
        }

        return new G2Content(G2BodyMarkup.Write(body), [], headline);
    }

    private static G2Content? FromInlineData(XElement inline, ICollection<string> deviations)
    {
        // Base64 or another encoding, or a media type that is not text (an inline thumbnail), is not a body.
        var text = inline.Text();
        var contentType = inline.AttributeText("contenttype") ?? "text/plain";
        if (text is null || inline.AttributeText("encoding") is not null
            || !(contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.Contains("html", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return new G2Content(text, [], null);
        }

        if (text.StartsWith('<'))
        {
            deviations.Add($"<inlineData> is declared {contentType} but holds markup; read as HTML.");
            return new G2Content(text, [], null);
        }

        return new G2Content(null, SplitParagraphs(text), null);
    }

    /// <summary>Plain text split into paragraphs at blank lines; the lines of one paragraph joined by the normalizer's whitespace rules.</summary>
    private static string[] SplitParagraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
