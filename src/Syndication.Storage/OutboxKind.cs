namespace Syndication.Storage;

/// <summary>What an outbox entry announces about its item.</summary>
public enum OutboxKind
{
    /// <summary>A new item.</summary>
    New,

    /// <summary>A version that became the item's current one.</summary>
    Updated,

    /// <summary>A correction that became the item's current version.</summary>
    Corrected,

    /// <summary>The item's first kill.</summary>
    Killed,
}
