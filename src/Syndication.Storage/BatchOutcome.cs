namespace Syndication.Storage;

/// <summary>What committing a batch changed.</summary>
/// <param name="Stored">New story rows: new items and new versions of known ones.</param>
/// <param name="Duplicates">Stories whose content was already stored.</param>
/// <param name="Rejected">Inputs or items that could not become stories.</param>
/// <param name="Superseded">New versions that arrived after a version that outranks them: recorded, not shown.</param>
/// <param name="NearDuplicates">New stories whose body nearly duplicates an earlier story's (stored linked, dropped or published, as configured).</param>
public readonly record struct BatchOutcome(int Stored, int Duplicates, int Rejected, int Superseded = 0, int NearDuplicates = 0)
{
    /// <summary>The new story rows by their story's <c>Format</c>, for the metrics; null when none were stored.</summary>
    /// <remarks>Implementation note: a breakdown of <see cref="Stored"/>, so left out of equality, which compares the counts.</remarks>
    public IReadOnlyDictionary<string, int>? StoredByFormat { get; init; }

    public bool Equals(BatchOutcome other) =>
        Stored == other.Stored && Duplicates == other.Duplicates && Rejected == other.Rejected && Superseded == other.Superseded && NearDuplicates == other.NearDuplicates;

    public override int GetHashCode() => HashCode.Combine(Stored, Duplicates, Rejected, Superseded, NearDuplicates);
}
