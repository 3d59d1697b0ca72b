using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Syndication.Worker.Http;

/// <summary>
/// The first page of each feed (the firehose's, each partner's) as last rendered, reused while nothing it
/// was made from changed and no embargo in it ended: a crowd of pollers costs one render per change.
/// Later pages are rendered per request (their cursors come from clients, and a cache keyed by them would
/// grow without bound).
/// </summary>
public sealed class RenderedFeedCache
{
    private readonly ConcurrentDictionary<string, RenderedFeed> _feeds = new(StringComparer.Ordinal);

    public RenderedFeed GetOrRender(string key, FeedVersion version, DateTimeOffset now, Func<(byte[] Body, DateTimeOffset? ChangesAt)> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        _feeds.TryGetValue(key, out var cached);
        if (cached is not null && cached.Version == version && (cached.ChangesAt is not { } changesAt || now < changesAt))
        {
            return cached;
        }

        var rendered = Render(version, now, render, cached);
        _feeds[key] = rendered;
        return rendered;
    }

    /// <summary>Renders without keeping the result: a later page.</summary>
    public static RenderedFeed Render(FeedVersion version, DateTimeOffset now, Func<(byte[] Body, DateTimeOffset? ChangesAt)> render, RenderedFeed? before = null)
    {
        ArgumentNullException.ThrowIfNull(render);
        var (body, changesAt) = render();
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12))}\"", isWeak: true);
        var lastModified = before is not null && before.ETag.Equals(etag) ? before.LastModified : DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        return new RenderedFeed(version, changesAt, new EncodedBody(body), etag, lastModified);
    }
}
