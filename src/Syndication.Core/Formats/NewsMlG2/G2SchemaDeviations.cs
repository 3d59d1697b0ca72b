using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>The schema deviations of one document, sorted by the item they fall in; the rest belong to every item.</summary>
internal sealed class G2SchemaDeviations
{
    private static readonly HashSet<string> s_itemNames = new(StringComparer.Ordinal)
    {
        "newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem",
    };

    private readonly List<string> _document = [];
    private readonly Dictionary<XElement, List<string>> _items = [];

    public void AddToDocument(string deviation) => _document.Add(deviation);

    /// <summary>Files a deviation under the item that holds <paramref name="at"/>, or under the document.</summary>
    public void Add(XObject? at, string deviation)
    {
        var element = at as XElement ?? at?.Parent;
        while (element is not null && !s_itemNames.Contains(element.Name.LocalName))
        {
            element = element.Parent;
        }

        if (element is null)
        {
            _document.Add(deviation);
            return;
        }

        if (!_items.TryGetValue(element, out var list))
        {
            _items[element] = list = [];
        }

        list.Add(deviation);
    }

    /// <summary>The document's deviations, then the item's own.</summary>
    public IEnumerable<string> For(XElement item) =>
        _items.TryGetValue(item, out var own) ? _document.Concat(own) : _document;
}
