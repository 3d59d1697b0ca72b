using System.Text;
using AngleSharp.Dom;

namespace Syndication.Core.Normalization;

/// <summary>
/// Normalizes the text of one canonical block (see <see cref="CanonicalBody"/>) in place and reads its
/// paragraphs: each run of inline content is one flow of text, normalized node by node, with one space
/// where the source had whitespace between nodes and none at its ends.
/// </summary>
internal static class InlineText
{
    /// <summary>Normalizes <paramref name="block"/>; adds its paragraphs; false when nothing visible is left in it.</summary>
    public static bool Normalize(IElement block, List<string> paragraphs)
    {
        var before = paragraphs.Count;
        switch (block.LocalName)
        {
            case "ul" or "ol" or "blockquote":
                foreach (var container in block.Children.ToList())
                {
                    if (!NormalizeContainer(container, paragraphs))
                    {
                        container.Remove();
                    }
                }

                break;
            case "table":
                foreach (var row in block.QuerySelectorAll("tr").ToList())
                {
                    var cells = row.Children.ToList();
                    foreach (var cell in cells)
                    {
                        cell.TextContent = TextNormalizer.Normalize(cell.TextContent);
                    }

                    var text = TextNormalizer.Normalize(string.Join(' ', cells.Select(cell => cell.TextContent)));
                    if (text.Length == 0)
                    {
                        row.Remove();
                    }
                    else
                    {
                        paragraphs.Add(text);
                    }
                }

                break;
            default:
                NormalizeContainer(block, paragraphs);
                break;
        }

        return paragraphs.Count > before;
    }

    /// <remarks>
    /// Implementation note: elements with no visible text go and adjacent text nodes are merged before
    /// any text is normalized, since the HTML written here is parsed into merged nodes when it is
    /// normalized again, and quotes are turned by the text around them: the second pass sees the nodes
    /// the first one saw.
    /// </remarks>
    private static bool NormalizeContainer(IElement container, List<string> paragraphs)
    {
        foreach (var inline in container.Descendants<IElement>().Reverse().Where(e => e.LocalName != "br").ToList())
        {
            if (TextNormalizer.Normalize(inline.TextContent).Length == 0)
            {
                inline.Remove();
            }
        }

        container.Normalize();
        var pendingSpace = false;
        IText? written = null;
        foreach (var text in container.Descendants<IText>().ToList())
        {
            var data = text.Data;
            var normalized = TextNormalizer.Normalize(data);
            var leading = data.Length > 0 && IsSpace(data[0]);
            var trailing = data.Length > 0 && IsSpace(data[^1]);
            if (normalized.Length == 0)
            {
                pendingSpace |= leading || trailing;
                text.Remove();
                continue;
            }

            // A space the earlier text ended with stays with it; one this text began with stays with this text.
            if (written is not null && pendingSpace)
            {
                written.Data += " ";
            }

            text.Data = written is not null && leading && !pendingSpace ? " " + normalized : normalized;
            pendingSpace = trailing;
            written = text;
        }

        TrimBreaks(container);
        container.Normalize();
        var paragraph = TextNormalizer.Normalize(VisibleText(container));
        if (paragraph.Length == 0)
        {
            return false;
        }

        paragraphs.Add(paragraph);
        return true;
    }

    /// <summary>Line breaks at the start or end of a block show nothing; they go.</summary>
    private static void TrimBreaks(IElement container)
    {
        while (container.FirstChild is IElement { LocalName: "br" } first)
        {
            first.Remove();
        }

        while (container.LastChild is IElement { LocalName: "br" } last)
        {
            last.Remove();
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>The text with a line break read as a space, so the words either side stay apart.</summary>
    private static string VisibleText(INode node)
    {
        var text = new StringBuilder();
        foreach (var descendant in node.Descendants())
        {
            if (descendant is IText t)
            {
                text.Append(t.Data);
            }
            else if (descendant is IElement { LocalName: "br" })
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
