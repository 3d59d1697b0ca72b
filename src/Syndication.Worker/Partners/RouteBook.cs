using Syndication.Storage;

namespace Syndication.Worker.Partners;

/// <summary>
/// The partners operators routed held stories to, read from the store again only when the number of
/// routes there changed (routes are only ever added, by <c>syndication route</c> in another process too).
/// </summary>
public sealed class RouteBook(IStoryStore store)
{
    // A reference, swapped whole: readers on other threads never see a count with another count's routes.
    private Snapshot _known = new(0, new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>The routes as of <paramref name="stamp"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> As(FeedStamp stamp)
    {
        var known = Volatile.Read(ref _known);
        if (known.Count != stamp.Routes)
        {
            known = new Snapshot(stamp.Routes, store.Routes());
            Volatile.Write(ref _known, known);
        }

        return known.Routes;
    }

    /// <summary>The partners an operator routed <paramref name="itemId"/> to, in <paramref name="routes"/>; none when it was not routed.</summary>
    public static IReadOnlyList<string> RoutedTo(IReadOnlyDictionary<string, IReadOnlySet<string>> routes, string itemId)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.TryGetValue(itemId, out var routed) ? [.. routed] : [];
    }

    private sealed record Snapshot(long Count, IReadOnlyDictionary<string, IReadOnlySet<string>> Routes);
}
