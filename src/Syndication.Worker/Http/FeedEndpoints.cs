using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Syndication.Core.Feeds;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>GET /feeds/latest.rss</c> and <c>/feeds/latest.atom</c>: the most recently changed items in their
/// current version, with conditional GET; Atom also names the items killed lately.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>Entries per feed.</summary>
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feeds/latest.rss", (HttpContext context, SqliteStoryStore store, FeedCache cache, IOptions<SyndicationOptions> options) =>
            Serve(context, store, cache, options.Value, "rss", RssFeedRenderer.ContentType, RssFeedRenderer.Render));
        endpoints.MapGet("/feeds/latest.atom", (HttpContext context, SqliteStoryStore store, FeedCache cache, IOptions<SyndicationOptions> options, TimeProvider time) =>
            Serve(context, store, cache, options.Value, "atom", AtomFeedRenderer.ContentType, (description, entries) =>
                AtomFeedRenderer.Render(description, entries, Tombstones(store, time, options.Value))));
        return endpoints;
    }

    private static IResult Serve(
        HttpContext context,
        SqliteStoryStore store,
        FeedCache cache,
        SyndicationOptions options,
        string format,
        string contentType,
        Func<FeedDescription, IReadOnlyList<FeedEntry>, byte[]> render)
    {
        var stamp = store.Stamp();
        var etag = new EntityTagHeaderValue($"\"{format}-{stamp.LatestSequence}\"", isWeak: true);
        var lastModified = stamp.LatestStoredAt is { } at ? TruncateToSeconds(at) : (DateTimeOffset?)null;
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = lastModified;
        response.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(30) };
        if (IsNotModified(context.Request.GetTypedHeaders(), etag, lastModified))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
        var description = new FeedDescription("urn:syndication:feed:latest", $"{options.Publisher}: latest stories", baseUri, options.Publisher);
        var body = cache.GetOrRender($"{format} {baseUri}", stamp.LatestSequence, () =>
            render(description, store.Latest(FeedSize).Select(item => new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt)).ToList()));
        return Results.Bytes(body, contentType);
    }

    /// <summary>The items killed within the tombstone window; an Atom reader that saw one removes it.</summary>
    private static IReadOnlyList<FeedTombstone> Tombstones(SqliteStoryStore store, TimeProvider time, SyndicationOptions options) =>
        store.Tombstones(time.GetUtcNow() - options.TombstoneWindow, FeedSize);

    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        return lastModified is { } modified && request.IfModifiedSince is { } since && modified <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());
}
