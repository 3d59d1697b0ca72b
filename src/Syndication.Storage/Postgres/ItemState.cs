using Syndication.Core.Versions;

namespace Syndication.Storage.Postgres;

/// <summary>
/// An item a commit touches, as the commit leaves it: read from the store (or started by the batch) under
/// the commit lock, changed in memory story by story, written once at the end.
/// </summary>
internal sealed class ItemState(long sequence, VersionRank current, bool suppressed, bool isNew)
{
    /// <summary>The sequence of the story that started it: its key.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>The rank of its current version.</summary>
    public VersionRank Current { get; set; } = current;

    /// <summary>The sequence of its current version.</summary>
    public long CurrentSequence { get; set; } = sequence;

    public bool Suppressed { get; } = suppressed;

    /// <summary>Started by this batch: inserted, not updated.</summary>
    public bool IsNew { get; } = isNew;

    /// <summary>A version of it became current in this batch.</summary>
    public bool Changed { get; set; }

    /// <summary>A kill of it was stored in this batch.</summary>
    public bool KilledNow { get; set; }
}
