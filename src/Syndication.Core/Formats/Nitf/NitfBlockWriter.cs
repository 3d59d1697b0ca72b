using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Syndication.Core.Stories;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Writes a story's body as the blocks of NITF's <c>body.content</c>, the reverse of <see cref="NitfBodyHtml"/>:
/// <c>p</c> stays <c>p</c>, headings become <c>hl2</c>, lists keep their items, a blockquote becomes a
/// <c>bq</c> of a <c>block</c>, a table its rows and cells; inside them <c>em</c>, links and line breaks.
/// A plain body (no markup) is its paragraphs.
/// </summary>
/// <remarks>
/// Implementation note: NITF has one heading level inside a body and one kind of emphasis, so <c>h3</c> and
/// <c>h4</c> become <c>hl2</c> and <c>strong</c> becomes <c>em</c>; nothing else in the story allowlist is
/// lost. The normalizer leaves bodies in one canonical shape (blocks of inline markup), but any HTML is
/// written as valid NITF: inline content outside a block goes into a paragraph, unknown elements give up
/// their tags and keep their text.
/// </remarks>
internal static class NitfBlockWriter
{
    private static readonly HtmlParser s_parser = new();

    public static void Write(XmlWriter writer, Story story)
    {
        if (story.BodyHtml is null)
        {
            foreach (var paragraph in story.Paragraphs)
            {
                writer.WriteOptionalElement("p", paragraph);
            }

            return;
        }

        using var document = s_parser.ParseDocument(story.BodyHtml);
        WriteBlocks(writer, document.Body!);
    }

    /// <summary>The children of <paramref name="container"/> as blocks, runs of inline content each in a paragraph.</summary>
    private static void WriteBlocks(XmlWriter writer, INode container)
    {
        var inParagraph = false;
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && IsBlock(element.LocalName))
            {
                if (inParagraph)
                {
                    writer.WriteEndElement();
                    inParagraph = false;
                }

                WriteBlock(writer, element);
            }
            else if (inParagraph || HasText(node))
            {
                if (!inParagraph)
                {
                    writer.WriteStartElement("p");
                    inParagraph = true;
                }

                WriteInline(writer, node);
            }
        }

        if (inParagraph)
        {
            writer.WriteEndElement();
        }
    }

    private static void WriteBlock(XmlWriter writer, IElement element)
    {
        switch (element.LocalName)
        {
            case "p" or "li":
                WriteWrapped(writer, "p", element);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                WriteWrapped(writer, "hl2", element);
                break;
            case "ul" or "ol":
                WriteList(writer, element);
                break;
            case "blockquote":
                writer.WriteStartElement("bq");
                writer.WriteStartElement("block");
                WriteBlocks(writer, element);
                writer.WriteEndElement();
                writer.WriteEndElement();
                break;
            case "table":
                WriteTable(writer, element);
                break;
            default:
                // A container (div, section): its blocks without it.
                WriteBlocks(writer, element);
                break;
        }
    }

    private static void WriteWrapped(XmlWriter writer, string name, INode element)
    {
        writer.WriteStartElement(name);
        foreach (var child in element.ChildNodes)
        {
            WriteInline(writer, child);
        }

        writer.WriteEndElement();
    }

    /// <summary>A list of its items; anything else with text in it becomes an item too, since NITF lists hold only items.</summary>
    private static void WriteList(XmlWriter writer, IElement list)
    {
        var items = list.ChildNodes.Where(node => node is IElement { LocalName: "li" } || HasText(node)).ToList();
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteStartElement(list.LocalName);
        foreach (var item in items)
        {
            writer.WriteStartElement("li");
            IEnumerable<INode> content = item is IElement { LocalName: "li" } ? item.ChildNodes : [item];
            foreach (var node in content)
            {
                // NITF items may hold blocks as well as text: a nested list stays a list.
                if (node is IElement element && IsBlock(element.LocalName))
                {
                    WriteBlock(writer, element);
                }
                else
                {
                    WriteInline(writer, node);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>The table's own rows (not those of a table inside it), each with its header and data cells.</summary>
    private static void WriteTable(XmlWriter writer, IElement table)
    {
        writer.WriteStartElement("table");
        foreach (var row in table.QuerySelectorAll("tr").Where(row => row.Closest("table") == table))
        {
            var cells = row.Children.Where(cell => cell.LocalName is "td" or "th").ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            writer.WriteStartElement("tr");
            foreach (var cell in cells)
            {
                WriteWrapped(writer, cell.LocalName, cell);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteInline(XmlWriter writer, INode node)
    {
        switch (node)
        {
            case IText text:
                writer.WriteText(text.Data);
                break;
            case IElement { LocalName: "em" or "i" or "strong" or "b" } element:
                WriteWrapped(writer, "em", element);
                break;
            case IElement { LocalName: "a" } element when element.GetAttribute("href") is { } href:
                writer.WriteStartElement("a");
                writer.WriteOptionalAttribute("href", href);
                foreach (var child in element.ChildNodes)
                {
                    WriteInline(writer, child);
                }

                writer.WriteEndElement();
                break;
            case IElement { LocalName: "br" }:
                writer.WriteStartElement("br");
                writer.WriteEndElement();
                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    WriteInline(writer, child);
                }

                break;
        }
    }

    private static bool IsBlock(string name) =>
        name is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "blockquote" or "table"
            or "div" or "section" or "article" or "header" or "footer" or "main" or "aside" or "figure";

    /// <summary>Whether a node outside any block shows text (whitespace between blocks does not).</summary>
    private static bool HasText(INode node) => node switch
    {
        IText text => !string.IsNullOrWhiteSpace(text.Data),
        IElement element => element.LocalName == "br" || !string.IsNullOrWhiteSpace(element.TextContent),
        _ => false,
    };
}
