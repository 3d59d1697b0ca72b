namespace Syndication.Core.Partners;

/// <summary>The format of a partner's feed: <c>rss</c>, <c>atom</c> or <c>jsonfeed</c> in the partners file.</summary>
public enum FeedFormat
{
    Rss,
    Atom,
    JsonFeed,
}
