using System.Buffers;
using System.Text;
using System.Xml.Linq;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Writes a NITF <c>body</c> or <c>body.content</c> element as HTML in the story allowlist's terms:
/// paragraphs, <c>hl2</c> as <c>h2</c>, lists, tables, block quotes, links, emphasis; NITF's inline
/// markup of people, places and dates unwrapped to its text. Also usable for NITF carried inline in other
/// formats (NewsML-G2's <c>inlineXML</c>).
/// </summary>
/// <remarks>
/// Elements are matched by local name within the namespace of the element passed in, so NITF with or
/// without its namespace reads the same. An element NITF does not define there (a <c>script</c>, another
/// vocabulary's markup) is left out whole and named in <see cref="UnknownElements"/>; media and editors'
/// notes are left out because they are not text a reader sees. The HTML is still sanitized downstream.
/// </remarks>
internal sealed class NitfBodyHtml
{
    private static readonly HashSet<string> s_unwrapped = new(StringComparer.Ordinal)
    {
        "chron", "copyrite", "event", "function", "location", "money", "num", "object.title", "org", "alt-code",
        "person", "postaddr", "virtloc", "classifier", "lang", "pronounce", "q", "sub", "sup", "city", "state",
        "region", "country", "sublocation", "addressee", "care.of", "delivery.point", "delivery.office", "postcode",
        "name.given", "name.family", "byttl", "frac", "frac-num", "frac-den", "nitf-table-summary",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "media", "note", "hr", "nitf-table-metadata", "col", "colgroup", "rt", "rp", "custom-table", "bibliography",
    };

    private static readonly SearchValues<char> s_escaped = SearchValues.Create("&<>\"");

    private readonly StringBuilder _html = new();
    private readonly XNamespace _namespace;
    private readonly SortedSet<string> _unknown = new(StringComparer.Ordinal);

    private NitfBodyHtml(XNamespace ns) => _namespace = ns;

    /// <summary>The HTML written; empty when the element held no text.</summary>
    public string Html => _html.ToString();

    /// <summary>The names of elements that NITF does not define where they stood, each once.</summary>
    public IReadOnlyCollection<string> UnknownElements => _unknown;

    /// <summary>
    /// Reads <paramref name="element"/>: a <c>body</c> (its <c>body.content</c> and the taglines of its
    /// <c>body.end</c>) or a <c>body.content</c>.
    /// </summary>
    public static NitfBodyHtml Read(XElement element)
    {
        var body = new NitfBodyHtml(element.Name.Namespace);
        if (element.Name.LocalName == "body")
        {
            foreach (var part in element.Elements())
            {
                if (part.Name == body.Name("body.content") || part.Name == body.Name("body.end"))
                {
                    body.WriteBlocks(part);
                }
            }
        }
        else
        {
            body.WriteBlocks(element);
        }

        return body;
    }

    private XName Name(string localName) => _namespace + localName;

    /// <summary>Writes the children of a container of blocks (body.content, block, bq, li of blocks).</summary>
    private void WriteBlocks(XElement container)
    {
        foreach (var node in container.Nodes())
        {
            switch (node)
            {
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    Escape(text.Value);
                    break;
                case XElement element:
                    WriteBlock(element);
                    break;
            }
        }
    }

    private void WriteBlock(XElement element)
    {
        if (element.Name.Namespace != _namespace)
        {
            _unknown.Add(element.Name.LocalName);
            return;
        }

        switch (element.Name.LocalName)
        {
            case "p" or "tagline" or "credit" or "dd" or "caption":
                WriteWrapped("p", element);
                break;
            case "hl2":
                WriteWrapped("h2", element);
                break;
            case "dt":
                _html.Append("<p><strong>");
                WriteInline(element);
                _html.Append("</strong></p>");
                break;
            case "block" or "body.content" or "body.end" or "fn" or "dl" or "nitf-table":
                WriteBlocks(element);
                break;
            case "bq":
                _html.Append("<blockquote>");
                WriteBlocks(element);
                _html.Append("</blockquote>");
                break;
            case "ul" or "ol":
                WriteContainer(element.Name.LocalName, element);
                break;
            case "li":
                WriteWrapped("li", element);
                break;
            case "table":
                WriteTable(element);
                break;
            case "pre":
                WritePreformatted(element.Value);
                break;
            case var name when s_skipped.Contains(name):
                break;
            case var name when IsInline(name):
                WriteInlineElement(element);
                break;
            default:
                _unknown.Add(element.Name.LocalName);
                break;
        }
    }

    private void WriteContainer(string tag, XElement element)
    {
        _html.Append('<').Append(tag).Append('>');
        WriteBlocks(element);
        _html.Append("</").Append(tag).Append('>');
    }

    private void WriteWrapped(string tag, XElement element)
    {
        _html.Append('<').Append(tag).Append('>');
        WriteInline(element);
        _html.Append("</").Append(tag).Append('>');
    }

    /// <summary>A table's caption goes before it as a paragraph; rows keep their cells, header cells stay th.</summary>
    private void WriteTable(XElement table)
    {
        foreach (var caption in table.Elements(Name("caption")))
        {
            WriteWrapped("p", caption);
        }

        _html.Append("<table>");
        foreach (var part in table.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "thead" or "tbody" or "tfoot" when part.Name.Namespace == _namespace:
                    _html.Append(part.Name.LocalName == "thead" ? "<thead>" : "<tbody>");
                    WriteRows(part);
                    _html.Append(part.Name.LocalName == "thead" ? "</thead>" : "</tbody>");
                    break;
                case "tr" when part.Name.Namespace == _namespace:
                    WriteRow(part);
                    break;
                case "caption" or "col" or "colgroup" when part.Name.Namespace == _namespace:
                    break;
                default:
                    _unknown.Add(part.Name.LocalName);
                    break;
            }
        }

        _html.Append("</table>");
    }

    private void WriteRows(XElement group)
    {
        foreach (var row in group.Elements())
        {
            if (row.Name == Name("tr"))
            {
                WriteRow(row);
            }
            else
            {
                _unknown.Add(row.Name.LocalName);
            }
        }
    }

    private void WriteRow(XElement row)
    {
        _html.Append("<tr>");
        foreach (var cell in row.Elements())
        {
            if (cell.Name == Name("td") || cell.Name == Name("th"))
            {
                WriteWrapped(cell.Name.LocalName, cell);
            }
            else
            {
                _unknown.Add(cell.Name.LocalName);
            }
        }

        _html.Append("</tr>");
    }

    /// <summary>Preformatted copy (PA's team sheets) keeps its lines: a paragraph per blank-line-separated run, a break per line.</summary>
    private void WritePreformatted(string text)
    {
        foreach (var run in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _html.Append("<p>");
            var first = true;
            foreach (var line in run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!first)
                {
                    _html.Append("<br>");
                }

                Escape(line);
                first = false;
            }

            _html.Append("</p>");
        }
    }

    private void WriteInline(XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    Escape(text.Value);
                    break;
                case XElement child when child.Name.Namespace != _namespace:
                    _unknown.Add(child.Name.LocalName);
                    break;
                case XElement child when s_skipped.Contains(child.Name.LocalName):
                    break;
                case XElement child when IsInline(child.Name.LocalName):
                    WriteInlineElement(child);
                    break;
                case XElement child when IsBlockName(child.Name.LocalName):
                    // A block inside a paragraph breaks the schema but its words are the story's: keep them.
                    _html.Append(' ');
                    WriteInline(child);
                    _html.Append(' ');
                    break;
                case XElement child:
                    _unknown.Add(child.Name.LocalName);
                    break;
            }
        }
    }

    private void WriteInlineElement(XElement element)
    {
        switch (element.Name.LocalName)
        {
            case "em":
                WriteWrapped("em", element);
                break;
            case "br":
                _html.Append("<br>");
                break;
            case "a" when element.Attribute("href") is { } href:
                _html.Append("<a href=\"");
                Escape(href.Value);
                _html.Append("\">");
                WriteInline(element);
                _html.Append("</a>");
                break;
            default:
                WriteInline(element);
                break;
        }
    }

    private static bool IsInline(string name) => s_unwrapped.Contains(name) || name is "em" or "a" or "br";

    private static bool IsBlockName(string name) =>
        name is "p" or "hl2" or "block" or "bq" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "pre" or "table" or "fn" or "tagline" or "credit";

    private void Escape(string text)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(s_escaped); at >= 0; at = rest.IndexOfAny(s_escaped))
        {
            _html.Append(rest[..at]).Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            rest = rest[(at + 1)..];
        }

        _html.Append(rest);
    }
}
