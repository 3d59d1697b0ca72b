using Syndication.Storage;

namespace Syndication.Worker.Pipeline;

/// <summary>
/// The store's <see cref="FeedStamp"/> as every feed request needs it, without a query per request: the last
/// one read, until the pipeline commits (<see cref="Invalidate"/>) or <see cref="MaxAge"/> passes. The
/// worker's own writes show at once; routes written by <c>syndication route</c> in another process, within
/// <see cref="MaxAge"/>.
/// </summary>
/// <remarks>
/// Implementation note: a 304 should cost about what a trivial request costs, and the stamp's query (a pooled
/// connection, a join and a count) cost about as much again as the whole rest of it. A generation number,
/// taken before the query, keeps a stamp read just before a commit from being kept after it.
/// </remarks>
public sealed class StoreStamp(IStoryStore store, TimeProvider time)
{
    /// <summary>How long a stamp is used before the store is asked again, when the pipeline wrote nothing.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);

    private Reading? _last;
    private long _generation;

    public FeedStamp Current()
    {
        var generation = Interlocked.Read(ref _generation);
        var last = Volatile.Read(ref _last);
        var now = time.GetTimestamp();
        if (last is not null && last.Generation == generation && time.GetElapsedTime(last.ReadAt, now) < MaxAge)
        {
            return last.Stamp;
        }

        var stamp = store.Stamp();
        Volatile.Write(ref _last, new Reading(stamp, now, generation));
        return stamp;
    }

    /// <summary>The store changed: the next <see cref="Current"/> reads it.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private sealed record Reading(FeedStamp Stamp, long ReadAt, long Generation);
}
