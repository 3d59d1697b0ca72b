namespace Syndication.Storage;

/// <summary>What committing a batch changed.</summary>
/// <param name="Stored">New story rows: new items and new versions of known ones.</param>
/// <param name="Duplicates">Stories whose content was already stored.</param>
/// <param name="Rejected">Inputs or items that could not become stories.</param>
/// <param name="Superseded">New versions that arrived after a version that outranks them: recorded, not shown.</param>
/// <param name="NearDuplicates">New stories whose body nearly duplicates an earlier story's (stored linked, dropped or published, as configured).</param>
public readonly record struct BatchOutcome(int Stored, int Duplicates, int Rejected, int Superseded = 0, int NearDuplicates = 0);
