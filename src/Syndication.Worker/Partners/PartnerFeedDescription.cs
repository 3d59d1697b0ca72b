using Syndication.Core.Feeds;
using Syndication.Core.Partners;

namespace Syndication.Worker.Partners;

/// <summary>What a partner feed says about itself, for its endpoint and for the WebSub hub that distributes it.</summary>
public static class PartnerFeedDescription
{
    /// <summary>The feed's description; its first page is the WebSub topic and names the hub.</summary>
    /// <param name="baseUri">Where the service is reached.</param>
    /// <param name="partners">The partners in force.</param>
    /// <param name="partner">The partner whose feed it is.</param>
    /// <param name="feed">The feed.</param>
    /// <param name="publisher">The service's publisher.</param>
    /// <param name="before">The page's cursor; null for the first page.</param>
    /// <param name="next">The next (older) page's cursor, when there is one.</param>
    public static FeedDescription Of(Uri baseUri, PartnersInForce partners, Partner partner, PartnerFeed feed, string publisher, long? before, long? next)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(feed);
        var path = Path(partner.Id, feed.Name);
        return new FeedDescription($"urn:syndication:feed:{partner.Id}:{feed.Name}", $"{publisher}: {feed.Name} for {partner.Name}", baseUri, publisher)
        {
            StoryBase = new Uri(baseUri, $"partners/{Uri.EscapeDataString(partner.Id)}/stories/"),
            StoryMediaType = PartnerStoryFormat.MediaType(partners.Directory, partner.StoryFormat),
            Self = new Uri(baseUri, before is { } cursor ? $"{path}?before={cursor}" : path),
            Next = next is { } older ? new Uri(baseUri, $"{path}?before={older}") : null,
            Hub = before is null ? Hub(baseUri) : null,
        };
    }

    /// <summary>The feed's first page, <c>{base}partners/{id}/feeds/{feed}</c>: its WebSub topic.</summary>
    public static Uri Topic(Uri baseUri, string partnerId, string feed) => new(baseUri, Path(partnerId, feed));

    /// <summary>The WebSub hub, <c>{base}websub</c>.</summary>
    public static Uri Hub(Uri baseUri) => new(baseUri, "websub");

    /// <summary>The base a topic was made from (it ends in <c>partners/{id}/feeds/{feed}</c>, whose parts are escaped).</summary>
    public static Uri BaseOf(Uri topic) => new(topic, "../../../");

    private static string Path(string partnerId, string feed) => $"partners/{Uri.EscapeDataString(partnerId)}/feeds/{Uri.EscapeDataString(feed)}";
}
