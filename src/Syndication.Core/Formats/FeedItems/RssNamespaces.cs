using System.Xml.Linq;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>The extension namespaces read from RSS items.</summary>
internal static class RssNamespaces
{
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
}
