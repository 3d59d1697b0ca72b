namespace Syndication.Storage;

/// <summary>What committing a batch changed.</summary>
public readonly record struct BatchOutcome(int Stored, int Duplicates, int Rejected);
