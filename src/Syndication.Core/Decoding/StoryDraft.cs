using Syndication.Core.Stories;

namespace Syndication.Core.Decoding;

/// <summary>
/// What a format decoder reads out of its input, as written: the fields of a story before normalization
/// and before the values that follow from them (kicker, word count, slug, id).
/// </summary>
internal sealed record StoryDraft(
    string Headline,
    IReadOnlyList<Contributor> Contributors,
    string? Dateline,
    string? Credit,
    StoryRights Rights,
    IReadOnlyList<string> Paragraphs);
