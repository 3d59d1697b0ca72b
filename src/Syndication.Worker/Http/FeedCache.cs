using System.Collections.Concurrent;

namespace Syndication.Worker.Http;

/// <summary>
/// The last rendering of each feed, reused until a new story is stored, so a crowd of pollers costs one
/// render per change instead of one per request.
/// </summary>
public sealed class FeedCache
{
    private readonly ConcurrentDictionary<string, (long Sequence, byte[] Body)> _feeds = new(StringComparer.Ordinal);

    public byte[] GetOrRender(string key, long sequence, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (_feeds.TryGetValue(key, out var cached) && cached.Sequence == sequence)
        {
            return cached.Body;
        }

        var body = render();
        _feeds[key] = (sequence, body);
        return body;
    }
}
