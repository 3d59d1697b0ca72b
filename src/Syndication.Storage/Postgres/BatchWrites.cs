namespace Syndication.Storage.Postgres;

/// <summary>
/// What one commit writes, gathered while its stories are decided and written at the end in a few round
/// trips: a round trip per story would cost more than the story's own work.
/// </summary>
internal sealed class BatchWrites(long at)
{
    /// <summary>When the batch is stored (Unix milliseconds).</summary>
    public long At { get; } = at;

    /// <summary>The new story rows: sequence, the item's sequence, the story.</summary>
    public List<(long Sequence, long ItemSequence, IngestedStory Story)> Stories { get; } = [];

    /// <summary>The items the batch starts, as it leaves them.</summary>
    public List<(string ItemId, ItemState State, string? DuplicateOf)> NewItems { get; } = [];

    /// <summary>How many more times each content id already stored was seen.</summary>
    public Dictionary<string, int> TimesSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>The outbox entries to append, in order.</summary>
    public List<(string ItemId, long StorySequence, OutboxKind Kind, StoryTrace? Trace)> Outbox { get; } = [];

    /// <summary>The signatures the near-duplicate index gained, for <c>signature_batches</c>.</summary>
    public List<(long Sequence, byte[] Signature)> Signatures { get; } = [];

    /// <summary>What to add to each counter.</summary>
    public Dictionary<string, long> Counters { get; } = new(StringComparer.Ordinal);

    public void Seen(string contentId) => TimesSeen[contentId] = TimesSeen.GetValueOrDefault(contentId) + 1;

    public void Announce(string itemId, long storySequence, OutboxKind kind, StoryTrace? trace) => Outbox.Add((itemId, storySequence, kind, trace));

    /// <summary>The items the store held before the batch whose current version the batch replaced.</summary>
    public List<ItemState> ChangedItems { get; } = [];

    /// <summary>Remembers an item the store held whose current version the batch replaces (once per item).</summary>
    public void Touched(ItemState item) => ChangedItems.Add(item);

    public void Count(string name, long delta)
    {
        if (delta != 0)
        {
            Counters[name] = Counters.GetValueOrDefault(name) + delta;
        }
    }
}
