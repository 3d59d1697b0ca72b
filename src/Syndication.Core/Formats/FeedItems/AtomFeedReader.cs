using System.Diagnostics.CodeAnalysis;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>Reads an Atom 1.0 feed, or a lone Atom entry document, each entry a story.</summary>
/// <remarks>
/// Implementation note: Atom goes through System.ServiceModel.Syndication's <c>Atom10FeedFormatter</c>,
/// which reads text constructs (text, html, xhtml), person constructs, links with xml:base and categories
/// as RFC 4287 defines them. It is given our date reader, since its own refuses what real feeds write;
/// a date neither can read makes the library throw when the item's date is asked for, and that is caught
/// per item and noted as a deviation. Entries past the cap are removed from the tree before the library
/// sees them.
/// </remarks>
internal static class AtomFeedReader
{
    public const string Format = "atom";

    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    public static void Read(XDocument document, IReadOnlyList<string> deviations, DecodedDrafts decoded)
    {
        var root = document.Root!;
        if (root.Name.Namespace != s_atom)
        {
            decoded.Reject(RejectionReasons.UnsupportedFormat,
                $"The <{root.Name.LocalName}> root is in namespace \"{root.Name.NamespaceName}\", not Atom 1.0's ({s_atom.NamespaceName}); Atom 0.3 and other drafts are not read.");
            return;
        }

        var entries = root.Name.LocalName == "entry" ? [root] : root.Elements(s_atom + "entry").ToList();
        if (entries.Count == 0)
        {
            FeedItemAcceptance.RejectEmpty(decoded, "Atom feed");
            return;
        }

        foreach (var extra in entries.Skip(FeedItemAcceptance.MaxItems))
        {
            extra.Remove();
        }

        if (!TryLoad(document, out var feed, out var failure))
        {
            decoded.Reject(RejectionReasons.Malformed, $"The Atom document cannot be read as Atom 1.0: {failure}");
            return;
        }

        var channel = new FeedChannel(
            Title: feed.Title?.Text is { } title ? FeedText.Plain(title).Trim() : null,
            Language: feed.Language,
            Copyright: feed.Copyright?.Text,
            Deviations: deviations);
        var items = feed.Items.ToList();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var language = FeedElement.Language(entries[index]);
            FeedItemAcceptance.Add(decoded, FeedItemAcceptance.Label(index, item.Id), AtomEntryReader.Read(item, feed, channel, language));
        }

        FeedItemAcceptance.RejectBeyondCap(decoded, entries.Count);
    }

    private static bool TryLoad(XDocument document, [NotNullWhen(true)] out SyndicationFeed? feed, [NotNullWhen(false)] out string? failure)
    {
        feed = null;
        failure = null;

        // Implementation note: the library's entry formatter takes no date reader, so a lone entry is read
        // as the one entry of a feed around it; the feed it gives has no title, as the document has none.
        var root = document.Root!;
        var feedDocument = root.Name.LocalName == "entry" ? new XDocument(new XElement(s_atom + "feed", root)) : document;
        RemoveLayoutWhitespace(feedDocument.Root!);
        try
        {
            using var reader = feedDocument.CreateReader();
            var formatter = new Atom10FeedFormatter { DateTimeParser = ParseDate };
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
            return true;
        }
        catch (Exception exception) when (exception is XmlException or FormatException)
        {
            failure = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Removes the indentation between Atom elements. <see cref="XmlInput"/> keeps whitespace (other formats
    /// have mixed content), and an <see cref="XDocument"/>'s reader reports it as text, not whitespace, which
    /// the library refuses between elements ("'Text' is an invalid XmlNodeType"). Atom elements hold either
    /// elements or one text value, never both, so no text that means anything is removed; the xhtml inside a
    /// content element is in the XHTML namespace and keeps its spaces.
    /// </summary>
    private static void RemoveLayoutWhitespace(XElement root)
    {
        var layout = root.DescendantsAndSelf()
            .Where(e => e.Name.Namespace == s_atom && e.HasElements)
            .SelectMany(e => e.Nodes().OfType<XText>().Where(t => t is not XCData && string.IsNullOrWhiteSpace(t.Value)))
            .ToList();
        foreach (var text in layout)
        {
            text.Remove();
        }
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value) => FeedDate.TryParse(data.DateTimeString, out value);
}
