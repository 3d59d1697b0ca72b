namespace Syndication.Core.Feeds;

/// <summary>The extension namespaces our feeds use.</summary>
internal static class FeedNamespaces
{
    internal const string DublinCore = "http://purl.org/dc/elements/1.1/";
    internal const string Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Media RSS 1.5.1, for the credits, keywords, categories and copyright of an RSS item.</summary>
    internal const string MediaRss = "http://search.yahoo.com/mrss/";

    /// <summary>Atom, for the RFC 5005 self and next links of an RSS channel.</summary>
    internal const string Atom = "http://www.w3.org/2005/Atom";
}
