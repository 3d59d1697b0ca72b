using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Normalization;

/// <summary>
/// Turns a draft into a story: every text field normalized, then the values that follow from the
/// normalized text (kicker, word count, slug, id). Refuses a draft whose headline or body normalizes away.
/// </summary>
internal static class StoryNormalizer
{
    public static DecodeResult Normalize(StoryDraft draft, string format)
    {
        var headline = TextNormalizer.Normalize(draft.Headline);
        if (headline.Length == 0)
        {
            return Reject(RejectionReasons.NoHeadline, "The headline holds only invisible or control characters.");
        }

        var paragraphs = NormalizeParagraphs(draft.Paragraphs);
        if (paragraphs.Length == 0)
        {
            return Reject(RejectionReasons.NoBody, "The body holds only invisible or control characters.");
        }

        var story = new Story
        {
            Id = string.Empty,
            Headline = headline,
            Kicker = Kicker.FromHeadline(headline),
            Contributors = NormalizeContributors(draft.Contributors),
            Dateline = NormalizeOptional(draft.Dateline),
            Credit = NormalizeOptional(draft.Credit),
            Rights = NormalizeRights(draft.Rights),
            Paragraphs = paragraphs,
            WordCount = WordCounter.Count(paragraphs),
            Slug = Slug.FromHeadline(headline),
            Format = format,
        };

        var id = StoryId.Compute(story);

        // A headline with no Latin letters has no ASCII slug; the id is a stable, URL-safe stand-in.
        return DecodeResult.Accepted(story with { Id = id, Slug = story.Slug.Length > 0 ? story.Slug : id });
    }

    // Implementation note: loops rather than LINQ here and below; this runs once per field of every story,
    // often before the JIT has optimized it, where each LINQ operator is another allocation and call.
    private static string[] NormalizeParagraphs(IReadOnlyList<string> paragraphs)
    {
        var normalized = new string[paragraphs.Count];
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var text = TextNormalizer.Normalize(paragraph);
            if (text.Length > 0)
            {
                normalized[count++] = text;
            }
        }

        return count == normalized.Length ? normalized : normalized[..count];
    }

    private static Contributor[] NormalizeContributors(IReadOnlyList<Contributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return [];
        }

        var normalized = new List<Contributor>(contributors.Count);
        var seen = new HashSet<Contributor>(contributors.Count);
        foreach (var contributor in contributors)
        {
            var name = TextNormalizer.Normalize(contributor.Name);
            var candidate = ReferenceEquals(name, contributor.Name) ? contributor : contributor with { Name = name };
            if (name.Length > 0 && seen.Add(candidate))
            {
                normalized.Add(candidate);
            }
        }

        return [.. normalized];
    }

    private static StoryRights NormalizeRights(StoryRights rights)
    {
        var normalized = new StoryRights(
            NormalizeOptional(rights.ExclusiveTo),
            NormalizeOptional(rights.Copyright),
            NormalizeOptional(rights.UsageTerms));
        return normalized == StoryRights.None ? StoryRights.None : normalized;
    }

    private static string? NormalizeOptional(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length > 0 ? normalized : null;
    }

    private static DecodeResult Reject(string reason, string detail) =>
        DecodeResult.Rejected(new Rejection(reason, RejectionStages.Normalize, detail));
}
