using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Templates;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Partners;
using Syndication.Worker.Pipeline;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>GET /partners/{id}/feeds/{feed}</c> and <c>GET /partners/{id}/stories/{storyId}</c>: a partner's own
/// feeds, and its stories in its own format, behind its key. No key or a wrong one is 401; another
/// partner's feed or story, or one the partner may not see, is 404, so nothing says it exists.
/// </summary>
public static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartnerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/partners/{id}/feeds/{feed}", ServeFeed).WithMetadata(FeedKind.Partner);
        endpoints.MapGet("/partners/{id}/stories/{storyId}", ServeStory);
        return endpoints;
    }

    private static IResult ServeFeed(
        HttpContext context,
        string id,
        string feed,
        long? before,
        PartnersFileWatch partnersFile,
        StoreStamp storeStamp,
        RouteBook routeBook,
        PartnerFeedReader reader,
        RenderedFeedCache cache,
        PartnerRateLimits limits,
        IOptions<SyndicationOptions> options,
        IResponseCompressionProvider compression,
        TimeProvider time)
    {
        var partners = partnersFile.InForce;
        if (Authorize(context, partners, id, limits) is { } refusal)
        {
            return refusal;
        }

        var partner = partners.Directory.Find(id)!;
        if (partner.Feeds.FirstOrDefault(candidate => string.Equals(candidate.Name, feed, StringComparison.Ordinal)) is not { } partnerFeed)
        {
            return Results.NotFound();
        }

        var stamp = storeStamp.Current();
        var version = new FeedVersion(stamp.LatestSequence, stamp.Routes, partners.Version);
        var now = time.GetUtcNow();
        var baseUri = BaseUri(context.Request);
        var format = PartnerFeedFormat.Of(partnerFeed.Format);
        (byte[], DateTimeOffset?) Render()
        {
            var page = reader.Read(partners, partner, partnerFeed.Filter, routeBook.As(stamp), before);
            var description = PartnerFeedDescription.Of(baseUri, partners, partner, partnerFeed, options.Value.Publisher, before, page.Next);
            var entries = page.Items.Select(item => new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt)).ToList();
            var tombstones = before is null ? reader.Tombstones(partners, partner, now - options.Value.TombstoneWindow) : [];
            return (format.Render(description, entries, tombstones), page.ChangesAt);
        }

        var rendered = before is null
            ? cache.GetOrRender($"{partner.Id}\n{partnerFeed.Name}\n{baseUri}", version, now, Render)
            : RenderedFeedCache.Render(version, now, Render);
        var response = context.Response.GetTypedHeaders();
        response.ETag = rendered.ETag;
        response.LastModified = rendered.LastModified;
        // A partner's feed is its own: no shared cache may hand it to anyone else.
        response.CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromSeconds(30) };
        context.Response.Headers.Vary = "Authorization, Accept-Encoding";
        if (before is null)
        {
            // WebSub discovery (W3C WebSub, "Discovery"): the first page is the topic, distributed by the hub.
            context.Response.Headers.Link =
                $"<{PartnerFeedDescription.Hub(baseUri).AbsoluteUri}>; rel=\"hub\", <{PartnerFeedDescription.Topic(baseUri, partner.Id, partnerFeed.Name).AbsoluteUri}>; rel=\"self\"";
        }

        return ConditionalRequest.IsNotModified(context.Request.GetTypedHeaders(), rendered.ETag, rendered.LastModified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : FeedResponse.Body(context, rendered, format.ContentType, compression);
    }

    private static IResult ServeStory(
        HttpContext context,
        string id,
        string storyId,
        PartnersFileWatch partnersFile,
        IStoryStore store,
        StoreStamp storeStamp,
        RouteBook routeBook,
        PartnerRateLimits limits,
        IOptions<SyndicationOptions> options,
        TimeProvider time)
    {
        var partners = partnersFile.InForce;
        if (Authorize(context, partners, id, limits) is { } refusal)
        {
            return refusal;
        }

        var partner = partners.Directory.Find(id)!;
        var item = store.FindItem(storyId) ?? (store.Find(storyId) is { } version ? store.FindItem(version.ItemId) : null);
        if (item is null)
        {
            return Results.NotFound();
        }

        var routes = routeBook.As(storeStamp.Current());
        var routedTo = RouteBook.RoutedTo(routes, item.ItemId);
        if (!PartnerFeedReader.CouldSee(partners, partner, item, time.GetUtcNow(), routedTo))
        {
            return Results.NotFound();
        }

        if (item.KilledAt is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Killed", detail: "This story was killed by its source: remove it wherever it was published.");
        }

        var etag = new EntityTagHeaderValue($"\"{item.Current.Story.Id}\"");
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = DateTimeOffset.FromUnixTimeSeconds(item.UpdatedAt.ToUnixTimeSeconds());
        response.CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromSeconds(30) };
        context.Response.Headers.Vary = "Authorization, Accept-Encoding";
        if (ConditionalRequest.IsNotModified(context.Request.GetTypedHeaders(), etag, response.LastModified))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var entry = new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt);
        try
        {
            var (body, contentType) = PartnerStoryFormat.Render(partners, partner, entry, options.Value.Publisher);
            return Results.Bytes(body, contentType);
        }
        catch (TemplateRenderException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The partner's template failed on this story", detail: exception.Message);
        }
    }

    /// <summary>Null when the request carries a key of partner <paramref name="id"/> within its rate; else the answer to send.</summary>
    private static IResult? Authorize(HttpContext context, PartnersInForce partners, string id, PartnerRateLimits limits)
    {
        if (PresentedKey.Of(context.Request) is not { } key || partners.Directory.FindByKey(key) is not { } partner)
        {
            return PresentedKey.Unauthorized(context);
        }

        if (!string.Equals(partner.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            return Results.NotFound();
        }

        if (limits.TryAcquire(partner) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return null;
    }

    /// <summary>Where the service is reached, as this request reached it.</summary>
    internal static Uri BaseUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
