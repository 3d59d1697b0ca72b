using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Syndication.Core.Normalization;

/// <summary>
/// Normalizes a body the source wrote as HTML: sanitized to the allowlist with HtmlSanitizer, rebuilt
/// into a canonical shape, every text normalized, and the plain-text paragraphs read off its blocks.
/// Idempotent: the HTML it writes normalizes to itself.
/// </summary>
/// <remarks>
/// Implementation note: the sanitized tree is rebuilt rather than kept, into top-level blocks that hold
/// only inline markup (p, h2-h4, lists of items, blockquotes of paragraphs, tables of cells). Broken
/// markup (a heading inside a link, a paragraph inside a paragraph) parses into trees that HTML cannot
/// write back as they are, so keeping them would make the second pass read something else than the
/// first; an inline element that holds a block loses its formatting instead.
/// </remarks>
internal static class HtmlBody
{
    private static readonly string[] s_allowedTags =
    [
        "p", "h2", "h3", "h4", "ul", "ol", "li", "a", "em", "strong", "blockquote", "br",
        "table", "thead", "tbody", "tr", "th", "td",
    ];

    /// <summary>Elements whose content is not text a reader sees; dropped whole, not unwrapped.</summary>
    private static readonly HashSet<string> s_droppedWhole = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title", "textarea", "select",
    };

    private static readonly HtmlSanitizer s_sanitizer = CreateSanitizer();

    private static readonly HtmlParser s_parser = new();

    /// <summary>The sanitized HTML and the paragraphs of its text; empty paragraphs when nothing visible is left.</summary>
    public static (string Html, string[] Paragraphs) Normalize(string html)
    {
        using var source = s_parser.ParseDocument(html);
        var body = source.Body!;
        foreach (var element in body.Descendants<IElement>().Where(e => s_droppedWhole.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        s_sanitizer.SanitizeDom(source, body);

        // The canonical blocks are made by the same document, outside its body.
        var builder = new CanonicalBody(source);
        builder.AddChildren(body);
        var output = new StringBuilder();
        var paragraphs = new List<string>();
        foreach (var block in builder.Blocks)
        {
            if (InlineText.Normalize(block, paragraphs))
            {
                output.Append(block.OuterHtml);
            }
        }

        return (output.ToString(), [.. paragraphs]);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(s_allowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
        };

        // Implementation note: a tag outside the allowlist (span, div, font, h1) is unwrapped, its text
        // kept; the elements that hold no readable text were removed before this.
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }
}
