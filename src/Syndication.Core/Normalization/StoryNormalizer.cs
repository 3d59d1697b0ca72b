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

        var paragraphs = draft.Paragraphs.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToArray();
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

    private static Contributor[] NormalizeContributors(IReadOnlyList<Contributor> contributors) =>
        contributors
            .Select(c => c with { Name = TextNormalizer.Normalize(c.Name) })
            .Where(c => c.Name.Length > 0)
            .Distinct()
            .ToArray();

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
