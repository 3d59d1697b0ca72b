using Syndication.Storage;

namespace Syndication.Worker.Pipeline;

/// <summary>A decoded batch waiting to be committed: what to store, and what to dead-letter first.</summary>
public sealed record DecodedBatch(IngestBatch Stories, IReadOnlyList<DeadLetter> DeadLetters);
