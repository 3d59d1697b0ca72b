namespace Syndication.Core.Stories;

/// <summary>
/// A normalized story: what every input format is decoded into and every output format is rendered from.
/// Immutable; two stories with the same normalized content have the same <see cref="Id"/>.
/// </summary>
public sealed record Story
{
    /// <summary>Stable content id: 32 lower-case hex characters of the SHA-256 of the normalized content.</summary>
    public required string Id { get; init; }

    /// <summary>The headline as written, kept whole (a kicker is not cut off it).</summary>
    public required string Headline { get; init; }

    /// <summary>The label before the headline's first colon ("Syrian Conflict"), when it has one.</summary>
    public string? Kicker { get; init; }

    public string? Subheadline { get; init; }

    public IReadOnlyList<Contributor> Contributors { get; init; } = [];

    /// <summary>Place and date the copy was filed from, as written ("BEIRUT, June 1").</summary>
    public string? Dateline { get; init; }

    /// <summary>Who the story is credited to ("Reuters", "The Middle East Online").</summary>
    public string? Credit { get; init; }

    public StoryRights Rights { get; init; } = StoryRights.None;

    /// <summary>The body as plain-text paragraphs, normalized.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public int WordCount { get; init; }

    /// <summary>BCP 47 language tag when the source states one.</summary>
    public string? Language { get; init; }

    /// <summary>Lower-case ASCII words of the headline joined by hyphens.</summary>
    public required string Slug { get; init; }

    /// <summary>The input format the story was decoded from ("plain").</summary>
    public required string Format { get; init; }
}
