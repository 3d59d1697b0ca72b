using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Syndication.Core.Feeds;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Partners;
using Syndication.Worker.Pipeline;

namespace Syndication.Worker.Http;

/// <summary>
/// The operator's firehose: the latest items, whoever they are for, each marked with who may see it
/// (exclusive, held, embargoed), rendered once per change and served with conditional GET.
/// </summary>
public sealed class Firehose(
    IStoryStore store,
    StoreStamp storeStamp,
    RenderedFeedCache cache,
    OperatorKeys operators,
    PartnersFileWatch partnersFile,
    RouteBook routeBook,
    IOptions<SyndicationOptions> options,
    IResponseCompressionProvider compression,
    TimeProvider time)
{
    public IResult Serve(HttpContext context, string format, string contentType, Func<FeedDescription, IReadOnlyList<FeedEntry>, IReadOnlyList<FeedTombstone>, byte[]> render)
    {
        if (!operators.Admit(context.Request))
        {
            return PresentedKey.Unauthorized(context);
        }

        var stamp = storeStamp.Current();
        var partners = partnersFile.InForce;
        var now = time.GetUtcNow();
        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
        var publisher = options.Value.Publisher;
        (byte[], DateTimeOffset?) Render()
        {
            var routes = routeBook.As(stamp);
            DateTimeOffset? changesAt = null;
            var entries = new List<FeedEntry>(FeedEndpoints.FeedSize);
            foreach (var item in store.Latest(FeedEndpoints.FeedSize))
            {
                var audience = partners.Routing.Audience(item.Current.Story, isKilled: false, now, RouteBook.RoutedTo(routes, item.ItemId));
                if (audience is { Kind: AudienceKind.Embargoed, Until: { } until } && (changesAt is null || until < changesAt))
                {
                    changesAt = until;
                }

                entries.Add(new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt) { Marks = Marks(audience, item) });
            }

            var description = new FeedDescription("urn:syndication:feed:latest", $"{publisher}: latest stories", baseUri, publisher);
            var tombstones = store.Tombstones(now - options.Value.TombstoneWindow, FeedEndpoints.FeedSize);
            return (render(description, entries, tombstones), changesAt);
        }

        var rendered = cache.GetOrRender($"latest\n{format}\n{baseUri}", new FeedVersion(stamp.LatestSequence, stamp.Routes, partners.Version), now, Render);
        var response = context.Response.GetTypedHeaders();
        response.ETag = rendered.ETag;
        response.LastModified = rendered.LastModified;
        response.CacheControl = operators.AreConfigured
            ? new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromSeconds(30) }
            : new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(30) };
        context.Response.Headers.Vary = "Accept-Encoding";
        return ConditionalRequest.IsNotModified(context.Request.GetTypedHeaders(), rendered.ETag, rendered.LastModified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : FeedResponse.Body(context, rendered, contentType, compression);
    }

    private static IReadOnlyList<FeedMark> Marks(StoryAudience audience, StoredItem item) => audience.Kind switch
    {
        AudienceKind.Exclusive => [new FeedMark("exclusive", $"Exclusive to {item.Current.Story.Rights.ExclusiveTo} (partner {audience.PartnerIds[0]})")],
        AudienceKind.Held when audience.PartnerIds.Count == 0 => [new FeedMark("held", $"Held: exclusive to {item.Current.Story.Rights.ExclusiveTo}, which no partner is known as; route it with syndication route")],
        AudienceKind.Held => [new FeedMark("held", $"Held: exclusive to {item.Current.Story.Rights.ExclusiveTo}, routed to {string.Join(", ", audience.PartnerIds)}")],
        AudienceKind.Embargoed => [new FeedMark("embargoed", $"Embargoed until {audience.Until:yyyy-MM-dd'T'HH:mm:ss'Z'}")],
        _ => [],
    };
}
