namespace Syndication.Core.Stories;

/// <summary>
/// A normalized story: what every input format is decoded into and every output format is rendered from.
/// Immutable; two stories with the same normalized content have the same <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Every field is one that at least one input format fills; a field the source does not give is null or
/// empty, never guessed.
/// </remarks>
public sealed record Story
{
    /// <summary>Stable content id: 32 lower-case hex characters of the SHA-256 of the normalized content.</summary>
    public required string Id { get; init; }

    /// <summary>The headline as written, kept whole (a kicker is not cut off it).</summary>
    public required string Headline { get; init; }

    /// <summary>The label before the headline's first colon ("Syrian Conflict"), or the one the source names.</summary>
    public string? Kicker { get; init; }

    public string? Subheadline { get; init; }

    public IReadOnlyList<Contributor> Contributors { get; init; } = [];

    /// <summary>Place and date the copy was filed from, as written ("BEIRUT, June 1").</summary>
    public string? Dateline { get; init; }

    /// <summary>Who the story is credited to ("Reuters", "The Middle East Online").</summary>
    public string? Credit { get; init; }

    public StoryRights Rights { get; init; } = StoryRights.None;

    /// <summary>The body as plain-text paragraphs, normalized (headings and list items are paragraphs too).</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>
    /// The body as HTML when the source wrote markup: sanitized to the allowlist (p, h2-h4, ul/ol/li,
    /// http(s) links, em/strong, blockquote, table basics), its text normalized like the paragraphs. Null
    /// for plain bodies, which render as <see cref="Paragraphs"/>.
    /// </summary>
    public string? BodyHtml { get; init; }

    public int WordCount { get; init; }

    /// <summary>BCP 47 language tag when the source states one.</summary>
    public string? Language { get; init; }

    /// <summary>Lower-case ASCII words of the headline joined by hyphens.</summary>
    public required string Slug { get; init; }

    /// <summary>The input format the story was decoded from ("plain", "ninjs", "nitf", ...).</summary>
    public required string Format { get; init; }

    /// <summary>The organisation that sent the item (the agency or provider), when the source names it.</summary>
    public string? Provider { get; init; }

    /// <summary>The item's own id, as the source gives it ("urn:newsml:…", "tag:reuters.com,…", a NITF doc-id).</summary>
    public string? SourceId { get; init; }

    /// <summary>The item's version as the source numbers it; later versions replace earlier ones.</summary>
    public long? Version { get; init; }

    /// <summary>A link to the item at its source (a feed item's link, a ninjs uri that is a URL).</summary>
    public string? SourceUri { get; init; }

    /// <summary>When the item was first created or issued.</summary>
    public StoryTime? Published { get; init; }

    /// <summary>When this version of the item was created.</summary>
    public StoryTime? Updated { get; init; }

    /// <summary>Not to be published before this time.</summary>
    public StoryTime? Embargo { get; init; }

    /// <summary>IPTC urgency, 1 (most urgent, a flash) to 9 (least); null when the source does not say.</summary>
    public int? Urgency { get; init; }

    public PubStatus PubStatus { get; init; }

    /// <summary>This version corrects an earlier one.</summary>
    public bool IsCorrection { get; init; }

    /// <summary>Subjects, with their IPTC Media Topic (or other scheme's) code where the source gives one.</summary>
    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Places the story is about or was filed from, as the source names them.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Where the source broke its own format's schema but its meaning was clear; one sentence each.</summary>
    public IReadOnlyList<string> Deviations { get; init; } = [];
}
