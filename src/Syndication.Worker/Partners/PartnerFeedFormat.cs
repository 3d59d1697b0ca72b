using Syndication.Core.Feeds;
using Syndication.Core.Partners;

namespace Syndication.Worker.Partners;

/// <summary>How a partner feed of one format is rendered, and its content type.</summary>
/// <param name="ContentType">The response's content type.</param>
/// <param name="Render">Renders a page and the tombstones of items killed lately (formats without tombstones leave them out).</param>
public sealed record PartnerFeedFormat(string ContentType, Func<FeedDescription, IReadOnlyList<FeedEntry>, IReadOnlyList<FeedTombstone>, byte[]> Render)
{
    private static readonly PartnerFeedFormat s_rss = new(RssFeedRenderer.ContentType, (description, entries, _) => RssFeedRenderer.Render(description, entries));
    private static readonly PartnerFeedFormat s_atom = new(AtomFeedRenderer.ContentType, AtomFeedRenderer.Render);
    private static readonly PartnerFeedFormat s_jsonFeed = new(JsonFeedRenderer.ContentType, (description, entries, _) => JsonFeedRenderer.Render(description, entries));

    public static PartnerFeedFormat Of(FeedFormat format) => format switch
    {
        FeedFormat.Rss => s_rss,
        FeedFormat.Atom => s_atom,
        FeedFormat.JsonFeed => s_jsonFeed,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a feed format."),
    };
}
