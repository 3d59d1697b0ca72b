using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// Decodes a NewsML-G2 document: a <c>newsItem</c>, or a <c>newsMessage</c> whose every <c>newsItem</c>
/// is a story of its own. Elements are matched by local name, so the IPTC namespace, a prefix (Reuters'
/// <c>ns0:</c>) or no namespace at all (TT) read alike.
/// </summary>
/// <remarks>
/// Implementation note: a <c>packageItem</c> only points at other items. In a message that carries
/// news items, those items are decoded for themselves and the package adds nothing; a package that
/// arrives without any of them (alone, or in a message of packages) is refused, naming what it points at,
/// so an operator can ask the sender for the items.
/// </remarks>
internal static class NewsMlG2Decoder
{
    public const string Format = "newsmlg2";

    /// <summary>The most items read from one message; the rest are refused in one rejection.</summary>
    public const int MaxItems = 1000;

    /// <summary>How many missing references a package's rejection names before it counts the rest.</summary>
    private const int NamedReferences = 5;

    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        var documentDeviations = new List<string>();
        if (!XmlInput.TryLoad(input, documentDeviations, out var document, out var rejection))
        {
            decoded.Reject(rejection);
            return;
        }

        var schema = G2Schema.Check(document);
        foreach (var deviation in documentDeviations)
        {
            schema.AddToDocument(deviation);
        }

        var root = document.Root!;
        switch (root.Name.LocalName)
        {
            case "newsItem":
                NewsItemReader.Read(root, schema.For(root), decoded);
                break;
            case "packageItem":
                RejectPackage(root, decoded);
                break;
            case "newsMessage":
                DecodeMessage(root, schema, decoded);
                break;
            default:
                decoded.Reject(RejectionReasons.UnsupportedFormat, $"<{root.Name.LocalName}> is not a NewsML-G2 newsItem, packageItem or newsMessage.");
                break;
        }
    }

    private static void DecodeMessage(XElement message, G2SchemaDeviations schema, DecodedDrafts decoded)
    {
        var items = message.Child("itemSet")?.Elements().ToList() ?? [];
        if (items.Count == 0)
        {
            decoded.Reject(RejectionReasons.Empty, "The newsMessage holds no items.");
            return;
        }

        if (items.Count > MaxItems)
        {
            decoded.Reject(RejectionReasons.TooLarge,
                $"The newsMessage holds {items.Count} items; only the first {MaxItems} were read and the other {items.Count - MaxItems} refused. Send them in smaller messages.");
            items.RemoveRange(MaxItems, items.Count - MaxItems);
        }

        var packages = new List<XElement>();
        var newsItems = 0;
        foreach (var item in items)
        {
            var name = item.Name.LocalName;
            switch (name)
            {
                case "newsItem":
                    newsItems++;
                    NewsItemReader.Read(item, schema.For(item), decoded);
                    break;
                case "packageItem":
                    packages.Add(item);
                    break;
                case "conceptItem" or "knowledgeItem" or "planningItem" or "catalogItem":
                    decoded.Reject(RejectionReasons.NotText, $"The message's {name} {item.AttributeText("guid")} describes concepts or plans, not a story.");
                    break;
                default:
                    decoded.Reject(RejectionReasons.UnsupportedFormat, $"The message's itemSet holds a <{name}>, which is not a NewsML-G2 item.");
                    break;
            }
        }

        if (newsItems == 0)
        {
            foreach (var package in packages)
            {
                RejectPackage(package, decoded);
            }
        }
    }

    private static void RejectPackage(XElement package, DecodedDrafts decoded)
    {
        var references = package.Descendants()
            .Where(e => e.Name.LocalName == "itemRef")
            .Select(e => e.AttributeText("residref"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var label = package.AttributeText("guid") is { } guid ? $"The packageItem {guid}" : "The packageItem";
        if (references.Count == 0)
        {
            decoded.Reject(RejectionReasons.NoBody, $"{label} references no items and holds no text of its own.");
            return;
        }

        var named = string.Join(", ", references.Take(NamedReferences));
        var more = references.Count > NamedReferences ? $" and {references.Count - NamedReferences} more" : string.Empty;
        decoded.Reject(RejectionReasons.NoBody,
            $"{label} holds no text of its own, and the items it references are not in this input: {named}{more}.");
    }
}
