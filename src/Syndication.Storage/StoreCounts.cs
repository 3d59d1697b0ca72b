namespace Syndication.Storage;

/// <summary>Running totals since the store was created.</summary>
/// <param name="Stored">Story rows stored: new items and new versions.</param>
/// <param name="Duplicates">Stories whose content was already stored.</param>
/// <param name="Rejected">Inputs or items that could not become stories.</param>
/// <param name="NearDuplicates">New stories whose body nearly duplicated an earlier one (linked, dropped or published).</param>
/// <param name="Superseded">Versions recorded after one that outranks them.</param>
public readonly record struct StoreCounts(long Stored, long Duplicates, long Rejected, long NearDuplicates = 0, long Superseded = 0);
