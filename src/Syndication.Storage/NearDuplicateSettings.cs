namespace Syndication.Storage;

/// <summary>How the store finds and treats near duplicates.</summary>
/// <param name="Threshold">The least estimated Jaccard similarity of two bodies' word 3-shingles that makes them one story.</param>
/// <param name="Window">How far back a new story is compared: stories stored longer ago leave the index.</param>
/// <param name="Action">What to do with a near duplicate from a provider without an action of its own.</param>
/// <param name="ActionByProvider">Actions per provider (the story's provider, or its credit when it names none).</param>
public sealed record NearDuplicateSettings(
    double Threshold,
    TimeSpan Window,
    NearDuplicateAction Action,
    IReadOnlyDictionary<string, NearDuplicateAction> ActionByProvider)
{
    public static NearDuplicateSettings Default { get; } =
        new(0.5, TimeSpan.FromDays(7), NearDuplicateAction.Link, new Dictionary<string, NearDuplicateAction>());

    /// <summary>No near-duplicate detection at all (every story is its own), as for measuring what it costs.</summary>
    public static NearDuplicateSettings Off { get; } = Default with { Window = TimeSpan.Zero };

    public bool IsOff => Window <= TimeSpan.Zero;

    public NearDuplicateAction ActionFor(string? provider) =>
        provider is not null && ActionByProvider.TryGetValue(provider, out var action) ? action : Action;
}
