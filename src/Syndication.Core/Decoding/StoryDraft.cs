using Syndication.Core.Stories;

namespace Syndication.Core.Decoding;

/// <summary>
/// What a format decoder reads out of its input, as written: the fields of a story before normalization
/// and before the values that follow from them (word count, slug, id). A draft has a plain body
/// (<see cref="Paragraphs"/>), an HTML one (<see cref="BodyHtml"/>), or both.
/// </summary>
internal sealed record StoryDraft
{
    /// <summary>The format the draft was read from ("plain", "ninjs", ...); it becomes <see cref="Story.Format"/>.</summary>
    public required string Format { get; init; }

    public required string Headline { get; init; }

    /// <summary>The kicker when the source names one; otherwise it is read off the headline.</summary>
    public string? Kicker { get; init; }

    public string? Subheadline { get; init; }

    public IReadOnlyList<Contributor> Contributors { get; init; } = [];

    public string? Dateline { get; init; }

    public string? Credit { get; init; }

    public StoryRights Rights { get; init; } = StoryRights.None;

    /// <summary>Plain-text paragraphs; ignored when <see cref="BodyHtml"/> is given.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The body's markup as the source wrote it; sanitized and normalized by the normalizer.</summary>
    public string? BodyHtml { get; init; }

    public string? Language { get; init; }

    public string? Provider { get; init; }

    public string? SourceId { get; init; }

    public long? Version { get; init; }

    public string? SourceUri { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public DateTimeOffset? Embargo { get; init; }

    public int? Urgency { get; init; }

    public PubStatus PubStatus { get; init; }

    public bool IsCorrection { get; init; }

    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<Place> Places { get; init; } = [];

    public IReadOnlyList<string> Deviations { get; init; } = [];
}
