using Syndication.Core.Feeds;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>GET /feeds/latest.rss</c> and <c>/feeds/latest.atom</c>: the most recently changed items in their
/// current version, with conditional GET; Atom also names the items killed lately. The operator's firehose:
/// every story, whoever it is for, its exclusive, held and embargoed ones marked as such; so behind
/// <see cref="OperatorKeys"/> once any are configured.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>Entries per feed.</summary>
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feeds/latest.rss", (HttpContext context, Firehose firehose) =>
            firehose.Serve(context, "rss", RssFeedRenderer.ContentType, (description, entries, _) => RssFeedRenderer.Render(description, entries)))
            .WithMetadata(FeedKind.Public);
        endpoints.MapGet("/feeds/latest.atom", (HttpContext context, Firehose firehose) =>
            firehose.Serve(context, "atom", AtomFeedRenderer.ContentType, AtomFeedRenderer.Render))
            .WithMetadata(FeedKind.Public);
        return endpoints;
    }
}
