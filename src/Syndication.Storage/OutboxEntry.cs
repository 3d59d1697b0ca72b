namespace Syndication.Storage;

/// <summary>
/// One change to push: a story that became its item's current version, written in the transaction that
/// stored it.
/// </summary>
/// <param name="Sequence">Its place in the outbox, ascending.</param>
/// <param name="ItemId">The item that changed.</param>
/// <param name="StorySequence">The stored version it announces.</param>
/// <param name="Kind">What changed.</param>
/// <param name="At">When it was stored.</param>
public sealed record OutboxEntry(long Sequence, string ItemId, long StorySequence, OutboxKind Kind, DateTimeOffset At);
