using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Syndication.Core.Normalization;

/// <summary>
/// Rebuilds a sanitized HTML body as top-level blocks that hold only inline content: paragraphs and
/// headings, lists of items, blockquotes of paragraphs, tables of cells. See <see cref="HtmlBody"/>.
/// </summary>
internal sealed class CanonicalBody(IHtmlDocument document)
{
    private readonly List<IElement> _blocks = [];
    private IElement? _inline;
    private IElement? _list;
    private IElement? _quote;

    /// <summary>The blocks in reading order; each holds only text, em, strong, a and br, or is a list, blockquote or table of such.</summary>
    public IReadOnlyList<IElement> Blocks => _blocks;

    public void AddChildren(INode parent)
    {
        foreach (var child in parent.ChildNodes)
        {
            Add(child);
        }
    }

    private void Add(INode node)
    {
        switch (node)
        {
            case IText text:
                Inline().AppendChild(document.CreateTextNode(text.Data));
                break;
            case IElement element when IsInline(element) && !HasBlock(element):
                AppendInline(Inline(), element, insideLink: false);
                break;
            case IElement { LocalName: "p" or "h2" or "h3" or "h4" } element:
                StartBlock(_quote is null ? element.LocalName : "p");
                AddChildren(element);
                EndInline();
                break;
            case IElement { LocalName: "ul" or "ol" } element:
                AddList(element);
                break;
            case IElement { LocalName: "li" } element:
                AddItem(element);
                break;
            case IElement { LocalName: "blockquote" } element when _quote is null && _list is null:
                EndInline();
                _quote = document.CreateElement("blockquote");
                _blocks.Add(_quote);
                AddChildren(element);
                EndInline();
                _quote = null;
                break;
            case IElement { LocalName: "table" } element when _quote is null && _list is null:
                AddTable(element);
                break;
            default:
                // An inline element around a block, a quote inside a list, a stray row or cell: its content
                // counts, its markup goes.
                AddChildren(node);
                break;
        }
    }

    private void AddList(IElement list)
    {
        if (_list is not null)
        {
            // A list inside a list item: its items join the outer list.
            AddChildren(list);
            return;
        }

        EndInline();
        _list = document.CreateElement(list.LocalName);
        AttachBlock(_list);
        AddChildren(list);
        EndInline();
        _list = null;
    }

    private void AddItem(IElement item)
    {
        if (_list is null)
        {
            StartBlock("p");
            AddChildren(item);
            EndInline();
            return;
        }

        EndInline();
        _inline = document.CreateElement("li");
        _list.AppendChild(_inline);
        AddChildren(item);
        EndInline();
    }

    private void AddTable(IElement table)
    {
        EndInline();
        var copy = document.CreateElement("table");
        var body = document.CreateElement("tbody");
        copy.AppendChild(body);
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var newRow = document.CreateElement("tr");
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var newCell = document.CreateElement(cell.LocalName);
                newCell.TextContent = cell.TextContent;
                newRow.AppendChild(newCell);
            }

            if (newRow.ChildElementCount > 0)
            {
                body.AppendChild(newRow);
            }
        }

        _blocks.Add(copy);
    }

    private void StartBlock(string name)
    {
        EndInline();
        if (_list is not null)
        {
            // A paragraph inside a list item continues that item.
            _inline = document.CreateElement("li");
            _list.AppendChild(_inline);
            return;
        }

        _inline = document.CreateElement(name);
        AttachBlock(_inline);
    }

    private IElement Inline()
    {
        if (_inline is null)
        {
            StartBlock("p");
        }

        return _inline!;
    }

    private void EndInline() => _inline = null;

    private void AttachBlock(IElement block)
    {
        if (_quote is not null && block.LocalName == "p")
        {
            _quote.AppendChild(block);
        }
        else
        {
            _blocks.Add(block);
        }
    }

    /// <summary>
    /// Appends a copy of inline markup to <paramref name="parent"/>. A link whose href the sanitizer took
    /// away (javascript:, data:) and a link inside a link leave their content, not an anchor.
    /// </summary>
    private void AppendInline(INode parent, IElement element, bool insideLink)
    {
        var isLink = element.LocalName == "a";
        var href = isLink ? element.GetAttribute("href") : null;
        INode target = parent;
        if (!isLink || (href is not null && !insideLink))
        {
            var copy = document.CreateElement(element.LocalName);
            if (href is not null)
            {
                copy.SetAttribute("href", href);
            }

            parent.AppendChild(copy);
            target = copy;
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                target.AppendChild(document.CreateTextNode(text.Data));
            }
            else if (child is IElement inner)
            {
                AppendInline(target, inner, insideLink || href is not null);
            }
        }
    }

    private static bool IsInline(IElement element) => element.LocalName is "em" or "strong" or "a" or "br";

    private static bool HasBlock(IElement element) => element.Descendants<IElement>().Any(e => !IsInline(e));
}
