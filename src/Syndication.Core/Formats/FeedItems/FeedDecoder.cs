using Syndication.Core.Decoding;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// Decodes a pushed RSS (0.91, 0.92, 1.0, 2.0) or Atom 1.0 document: each item a story, each item that
/// cannot be one a rejection that names it, the rest of the feed read regardless.
/// </summary>
internal static class FeedDecoder
{
    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        var deviations = new List<string>();
        if (!XmlInput.TryLoad(input, deviations, out var document, out var rejection))
        {
            decoded.Reject(rejection);
            return;
        }

        if (document.Root!.Name.LocalName is "rss" or "RDF")
        {
            RssFeedReader.Read(document.Root, deviations, decoded);
        }
        else
        {
            AtomFeedReader.Read(document, deviations, decoded);
        }
    }
}
