namespace Syndication.Core.Dedup;

/// <summary>An indexed story whose body is a near duplicate of the one looked up, and how similar they are estimated to be.</summary>
/// <param name="StoryKey">The key the story was added under.</param>
/// <param name="EstimatedJaccard">The share of the index's compact minimums the two agree on.</param>
public readonly record struct NearDuplicate(long StoryKey, double EstimatedJaccard);
