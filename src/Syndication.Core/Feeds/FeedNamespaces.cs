namespace Syndication.Core.Feeds;

/// <summary>The extension namespaces our feeds use.</summary>
internal static class FeedNamespaces
{
    internal const string DublinCore = "http://purl.org/dc/elements/1.1/";
    internal const string Content = "http://purl.org/rss/1.0/modules/content/";
}
