namespace Syndication.Storage;

/// <summary>What an outbox entry announces about its item.</summary>
public enum OutboxKind
{
    /// <summary>The item's first version (or a near duplicate published as a story of its own).</summary>
    New,

    /// <summary>A later version became the item's current one.</summary>
    Updated,

    /// <summary>A correction became the item's current version.</summary>
    Corrected,

    /// <summary>The item was killed: announced once, for the first kill.</summary>
    Killed,

    /// <summary>An operator routed the held item to a partner (<c>syndication route</c>): its current version, for the partners it now reaches.</summary>
    Routed,

    /// <summary>An operator replayed a dead-lettered delivery (<c>syndication dlq replay</c>): the item's current version, for one partner.</summary>
    Replayed,
}
