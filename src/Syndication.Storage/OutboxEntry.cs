namespace Syndication.Storage;

/// <summary>
/// A change to an item that partners are pushed, appended in the transaction that stored the version it
/// announces; what a delivery lane reads, in order, after its position.
/// </summary>
/// <param name="Sequence">Its place in the outbox: ascending, never reused, what lane positions count.</param>
/// <param name="ItemId">The item that changed; deliver its latest version, which may be newer than <paramref name="StorySequence"/>.</param>
/// <param name="StorySequence">The <see cref="StoredStory.Sequence"/> of the version that became current.</param>
/// <param name="Kind">What changed.</param>
/// <param name="At">When the version was stored.</param>
/// <param name="PartnerId">The one partner the entry is for (a <see cref="OutboxKind.Replayed"/> delivery); null for every partner.</param>
/// <param name="Transport">The one transport of that partner the entry is for, as its dead letter names it (<c>webhook</c>, <c>kafka</c>); null for each of its transports.</param>
/// <param name="Trace">The trace of the story it announces, as it was ingested; null for an operator's entry (routed, replayed) or a story read without one.</param>
public sealed record OutboxEntry(long Sequence, string ItemId, long StorySequence, OutboxKind Kind, DateTimeOffset At, string? PartnerId = null, string? Transport = null, StoryTrace? Trace = null);
