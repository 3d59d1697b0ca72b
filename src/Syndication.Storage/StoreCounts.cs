namespace Syndication.Storage;

/// <summary>Running totals since the store was created.</summary>
public readonly record struct StoreCounts(long Stored, long Duplicates, long Rejected);
