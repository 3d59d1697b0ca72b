using Syndication.Storage;

namespace Syndication.Worker.Configuration;

/// <summary>The <c>Dedup</c> configuration section: how near duplicates are found and what is done with them.</summary>
public sealed class DedupOptions
{
    public const string Section = "Dedup";

    /// <summary>The least estimated Jaccard similarity of two bodies' word 3-shingles that makes them one story.</summary>
    public double Threshold { get; set; } = NearDuplicateSettings.Default.Threshold;

    /// <summary>How far back a new story is compared; <c>00:00:00</c> turns near-duplicate detection off.</summary>
    public TimeSpan Window { get; set; } = NearDuplicateSettings.Default.Window;

    /// <summary>What is done with a near duplicate: <c>Link</c> (stored, linked, not published again), <c>Drop</c> or <c>Publish</c>.</summary>
    public NearDuplicateAction Policy { get; set; } = NearDuplicateAction.Link;

    /// <summary>Policies per source (the story's provider, or its credit), over <see cref="Policy"/>.</summary>
    public Dictionary<string, NearDuplicateAction> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public NearDuplicateSettings ToSettings() =>
        new(Threshold, Window, Policy, new Dictionary<string, NearDuplicateAction>(Policies, StringComparer.OrdinalIgnoreCase));
}
