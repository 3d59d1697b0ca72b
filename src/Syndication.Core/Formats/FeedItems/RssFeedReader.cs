using System.Xml.Linq;
using Syndication.Core.Decoding;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// Reads an RSS document, every dialect: 0.91 and 0.92 (UserLand), 1.0 (RDF: items beside the channel, in
/// the RSS 1.0 namespace) and 2.0, each item a story.
/// </summary>
/// <remarks>
/// Implementation note: System.ServiceModel.Syndication's <c>Rss20FeedFormatter</c> was tried first, as the
/// well-kept library, and left: it refuses RSS 0.91/0.92 ("does not support RSS version") and RDF, and on
/// RSS 2.0 one item it cannot follow loses the whole feed: CTV's enclosures with CDATA content throw
/// "'CDATA' is an invalid XmlNodeType" for all ten items. The four dialects share their item vocabulary, so
/// one reader over LINQ to XML, by element name in the channel's namespace, reads them all and refuses one
/// item at a time. Atom, which the library reads well, goes through it (<see cref="AtomFeedReader"/>).
/// </remarks>
internal static class RssFeedReader
{
    public const string Format = "rss";

    public static void Read(XElement root, IReadOnlyList<string> deviations, DecodedDrafts decoded)
    {
        var isRdf = root.Name.LocalName == "RDF";
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        if (channel is null)
        {
            decoded.Reject(isRdf ? RejectionReasons.UnsupportedFormat : RejectionReasons.Malformed, isRdf
                ? "The RDF document has no <channel>: it is not an RSS 1.0 feed."
                : "The <rss> document has no <channel>, which every RSS version requires.");
            return;
        }

        // RSS 0.9x and 2.0 elements are in no namespace, RSS 1.0's in its own (and 0.90's in Netscape's):
        // the channel's namespace is the dialect's, and item fields are read in it so a media:title or
        // itunes:author is never taken for the item's own.
        var rss = channel.Name.Namespace;
        var items = (isRdf ? root : channel).Elements(rss + "item").ToList();
        if (items.Count == 0)
        {
            FeedItemAcceptance.RejectEmpty(decoded, "RSS channel");
            return;
        }

        var feed = new FeedChannel(
            Title: FeedElement.Value(channel.Element(rss + "title")) is { } title ? FeedText.Plain(title).Trim() : null,
            Language: FeedElement.Value(channel.Element(rss + "language")) ?? FeedElement.Value(channel.Element(RssNamespaces.DublinCore + "language"))
                ?? FeedElement.Language(channel) ?? FeedElement.Language(root),
            Copyright: FeedElement.Value(channel.Element(rss + "copyright")) ?? FeedElement.Value(channel.Element(RssNamespaces.DublinCore + "rights")),
            Deviations: deviations);
        var reader = new RssItemReader(rss, feed);
        for (var index = 0; index < Math.Min(items.Count, FeedItemAcceptance.MaxItems); index++)
        {
            var draft = reader.Read(items[index], out var id);
            FeedItemAcceptance.Add(decoded, FeedItemAcceptance.Label(index, id), draft);
        }

        FeedItemAcceptance.RejectBeyondCap(decoded, items.Count);
    }
}
