using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Syndication.Core.Normalization;

/// <summary>
/// Normalizes a body the source wrote as HTML: sanitized to the allowlist with HtmlSanitizer, loose
/// inline content wrapped in paragraphs, every text node normalized, and the plain-text paragraphs read
/// off the blocks. Idempotent: the HTML it writes normalizes to itself.
/// </summary>
internal static class HtmlBody
{
    private static readonly string[] s_allowedTags =
    [
        "p", "h2", "h3", "h4", "ul", "ol", "li", "a", "em", "strong", "blockquote", "br",
        "table", "thead", "tbody", "tr", "th", "td",
    ];

    /// <summary>Elements whose content is not text a reader sees; dropped whole, not unwrapped.</summary>
    private static readonly string[] s_droppedWhole =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title", "textarea", "select",
    ];

    private static readonly HtmlSanitizer s_sanitizer = CreateSanitizer();

    private static readonly HtmlParser s_parser = new();

    /// <summary>The sanitized HTML and the paragraphs of its text; empty paragraphs when nothing visible is left.</summary>
    public static (string Html, string[] Paragraphs) Normalize(string html)
    {
        using var document = s_parser.ParseDocument(html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll(string.Join(',', s_droppedWhole)).ToList())
        {
            element.Remove();
        }

        s_sanitizer.SanitizeDom(document, body);
        var paragraphs = new List<string>();
        var blocks = Restructure(document, body);
        foreach (var block in blocks)
        {
            CollectParagraphs(block, paragraphs);
        }

        var output = new StringBuilder();
        foreach (var block in blocks)
        {
            output.Append(block.OuterHtml);
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

        // Implementation note: a tag outside the allowlist (span, div, font, NITF's hl2 read as HTML) is
        // unwrapped, its text kept; the elements that hold no readable text were removed before this.
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }

    /// <summary>
    /// Rebuilds the body as a list of blocks: block elements kept, runs of inline content between them
    /// wrapped in a paragraph, a link without an href unwrapped, empty blocks dropped, text normalized.
    /// </summary>
    private static List<IElement> Restructure(IHtmlDocument document, IElement body)
    {
        var blocks = new List<IElement>();
        IElement? run = null;
        foreach (var node in body.ChildNodes.ToList())
        {
            if (node is IElement element && IsBlock(element))
            {
                run = null;
                blocks.Add(element);
                continue;
            }

            if (node is IText text && run is null && string.IsNullOrWhiteSpace(text.Data))
            {
                continue;
            }

            if (run is null)
            {
                run = document.CreateElement("p");
                blocks.Add(run);
            }

            run.AppendChild(node);
        }

        foreach (var block in blocks)
        {
            UnwrapLinksWithoutTarget(block);
            NormalizeText(block);
        }

        blocks.RemoveAll(block => block.TextContent.Length == 0);
        return blocks;
    }

    /// <summary>A link whose href the sanitizer removed (javascript:, data:) leaves its text, not an empty anchor.</summary>
    private static void UnwrapLinksWithoutTarget(IElement block)
    {
        foreach (var link in block.QuerySelectorAll("a:not([href])").ToList())
        {
            foreach (var child in link.ChildNodes.ToList())
            {
                link.Parent!.InsertBefore(child, link);
            }

            link.Remove();
        }
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "h2" or "h3" or "h4" or "ul" or "ol" or "li" or "blockquote" or "table";

    /// <summary>Normalizes each text node in place, keeping one space where a node began or ended with whitespace.</summary>
    private static void NormalizeText(IElement block)
    {
        var texts = block.Descendants<IText>().ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            var data = texts[i].Data;
            var normalized = TextNormalizer.Normalize(data);
            var leading = i > 0 && data.Length > 0 && IsSpace(data[0]);
            var trailing = i < texts.Count - 1 && data.Length > 0 && IsSpace(data[^1]);
            texts[i].Data = normalized.Length == 0
                ? (leading || trailing ? " " : string.Empty)
                : (leading ? " " : string.Empty) + normalized + (trailing ? " " : string.Empty);
        }

        foreach (var emptyInline in block.Descendants<IElement>().Where(e => e.LocalName is "em" or "strong" or "a" && e.TextContent.Trim().Length == 0).ToList())
        {
            emptyInline.Remove();
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static void CollectParagraphs(IElement block, List<string> paragraphs)
    {
        switch (block.LocalName)
        {
            case "ul" or "ol" or "blockquote" or "table" or "thead" or "tbody" when block.Children.Any(IsBlockOrRow):
                foreach (var child in block.Children)
                {
                    CollectParagraphs(child, paragraphs);
                }

                break;
            default:
                var text = TextNormalizer.Normalize(VisibleText(block));
                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }

                break;
        }
    }

    private static bool IsBlockOrRow(IElement element) => IsBlock(element) || element.LocalName is "tr" or "thead" or "tbody";

    /// <summary>The block's text with a line break read as a space, so words either side stay apart.</summary>
    private static string VisibleText(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString();

        static void Append(INode node, StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        text.Append(t.Data);
                        break;
                    case IElement { LocalName: "br" }:
                        text.Append(' ');
                        break;
                    case IElement { LocalName: "td" or "th" or "li" or "p" } e:
                        text.Append(' ');
                        Append(e, text);
                        text.Append(' ');
                        break;
                    default:
                        Append(child, text);
                        break;
                }
            }
        }
    }
}
