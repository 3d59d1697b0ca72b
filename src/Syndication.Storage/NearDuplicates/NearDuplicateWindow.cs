using Syndication.Core.Dedup;

namespace Syndication.Storage.NearDuplicates;

/// <summary>
/// The near-duplicate index of the stories stored within the window: one entry per item that is not itself
/// a near duplicate, keyed by the sequence of the story that started it. Used by the store's single writer.
/// </summary>
/// <remarks>
/// Implementation note: a batch's stories enter the index as they are stored, so a copy later in the same
/// batch finds them, but they count as pending until the transaction commits: a batch that rolls back
/// takes its entries out again, and the retry puts them back.
/// </remarks>
internal sealed class NearDuplicateWindow(NearDuplicateSettings settings, int capacity)
{
    private readonly LshBandIndex _index = new(settings.Threshold, capacity);
    private readonly Queue<(long Sequence, long StoredAtMs)> _entries = new();
    private readonly List<(long Sequence, long StoredAtMs)> _pending = [];

    /// <summary>The sequence of the last story that left the window, when one has.</summary>
    public long? EvictedThrough { get; private set; }

    /// <summary>The earliest time a story in the window can have been stored, at <paramref name="nowMs"/>.</summary>
    private long WindowStartMs(long nowMs) => nowMs - (long)settings.Window.TotalMilliseconds;

    /// <summary>The stored story whose body is most like <paramref name="signature"/>'s, at or above the threshold.</summary>
    public NearDuplicate? Find(MinHashSignature signature, long nowMs)
    {
        Evict(nowMs);
        return _index.FindBest(signature);
    }

    /// <summary>Adds a story stored by the transaction in progress.</summary>
    public void AddPending(long sequence, MinHashSignature signature, long storedAtMs)
    {
        _index.Add(sequence, signature);
        _pending.Add((sequence, storedAtMs));
    }

    /// <summary>Adds a story the store already holds (the rebuild at start).</summary>
    public void Load(long sequence, MinHashSignature signature, long storedAtMs)
    {
        _index.Add(sequence, signature);
        _entries.Enqueue((sequence, storedAtMs));
    }

    public void Committed()
    {
        foreach (var entry in _pending)
        {
            _entries.Enqueue(entry);
        }

        _pending.Clear();
    }

    public void RolledBack()
    {
        foreach (var (sequence, _) in _pending)
        {
            _index.Remove(sequence);
        }

        _pending.Clear();
    }

    private void Evict(long nowMs)
    {
        var start = WindowStartMs(nowMs);
        while (_entries.TryPeek(out var oldest) && oldest.StoredAtMs < start)
        {
            var evicted = _entries.Dequeue().Sequence;
            _index.Remove(evicted);
            EvictedThrough = evicted;
        }
    }
}
