using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Normalization;

/// <summary>
/// Turns a draft into a story: every text field normalized, then the values that follow from the
/// normalized text (kicker, word count, slug, id). Refuses a draft whose headline or body normalizes away.
/// </summary>
internal static class StoryNormalizer
{
    public static DecodeResult Normalize(StoryDraft draft)
    {
        var headline = TextNormalizer.Normalize(draft.Headline);
        if (headline.Length == 0)
        {
            return Reject(RejectionReasons.NoHeadline, "The headline holds only invisible or control characters.");
        }

        string? bodyHtml = null;
        string[] paragraphs;
        if (draft.BodyHtml is not null)
        {
            (bodyHtml, paragraphs) = HtmlBody.Normalize(draft.BodyHtml);
        }
        else
        {
            paragraphs = NormalizeParagraphs(draft.Paragraphs);
        }

        // A kill often carries no text; it must still reach the store, or the story it kills stays published.
        if (paragraphs.Length == 0 && draft.PubStatus != PubStatus.Canceled)
        {
            return Reject(RejectionReasons.NoBody, "The body holds only markup, invisible or control characters.");
        }

        var deviations = new List<string>(draft.Deviations);
        var story = new Story
        {
            Id = string.Empty,
            Headline = headline,
            Kicker = NormalizeOptional(draft.Kicker) ?? Kicker.FromHeadline(headline),
            Subheadline = NormalizeOptional(draft.Subheadline),
            Contributors = NormalizeContributors(draft.Contributors),
            Dateline = NormalizeOptional(draft.Dateline),
            Credit = NormalizeOptional(draft.Credit),
            Rights = NormalizeRights(draft.Rights),
            Paragraphs = paragraphs,
            BodyHtml = bodyHtml,
            WordCount = WordCounter.Count(paragraphs),
            Language = LanguageTag.Normalize(draft.Language),
            Slug = Slug.FromHeadline(headline),
            Format = draft.Format,
            Provider = NormalizeOptional(draft.Provider),
            SourceId = NormalizeIdentifier(draft.SourceId),
            Version = draft.Version is >= 0 ? draft.Version : null,
            SourceUri = WebLink(draft.SourceUri),
            Published = Time(draft.Published),
            Updated = Time(draft.Updated),
            Embargo = Time(draft.Embargo),
            Urgency = Urgency(draft.Urgency, deviations),
            PubStatus = draft.PubStatus,
            IsCorrection = draft.IsCorrection,
            Subjects = NormalizeSubjects(draft.Subjects),
            Keywords = NormalizeKeywords(draft.Keywords),
            Places = NormalizePlaces(draft.Places),
            Deviations = deviations,
        };

        var id = StoryId.Compute(story);

        // A headline with no Latin letters has no ASCII slug; the id is a stable, URL-safe stand-in.
        return DecodeResult.Accepted(story with { Id = id, Slug = story.Slug.Length > 0 ? story.Slug : id });
    }

    private static StoryTime? Time(DateTimeOffset? time) => time is { } value ? StoryTime.From(value) : null;

    private static int? Urgency(int? urgency, List<string> deviations)
    {
        if (urgency is null or (>= 1 and <= 9))
        {
            return urgency;
        }

        deviations.Add($"Urgency {urgency} is outside IPTC's 1 to 9; left out.");
        return null;
    }

    /// <summary>Keeps only absolute http(s) links: anything else could be a script when a feed renders it.</summary>
    private static string? WebLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string? NormalizeIdentifier(string? id)
    {
        var trimmed = id?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl) ? null : trimmed;
    }

    private static Subject[] NormalizeSubjects(IReadOnlyList<Subject> subjects)
    {
        var normalized = new List<Subject>(subjects.Count);
        foreach (var subject in subjects)
        {
            var candidate = new Subject(NormalizeIdentifier(subject.Code), NormalizeOptional(subject.Name));
            if ((candidate.Code is not null || candidate.Name is not null) && !normalized.Contains(candidate))
            {
                normalized.Add(candidate);
            }
        }

        return [.. normalized];
    }

    private static string[] NormalizeKeywords(IReadOnlyList<string> keywords)
    {
        var normalized = new List<string>(keywords.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
        {
            var text = TextNormalizer.Normalize(keyword);
            if (text.Length > 0 && seen.Add(text))
            {
                normalized.Add(text);
            }
        }

        return [.. normalized];
    }

    private static Place[] NormalizePlaces(IReadOnlyList<Place> places)
    {
        var normalized = new List<Place>(places.Count);
        foreach (var place in places)
        {
            var name = TextNormalizer.Normalize(place.Name);
            var candidate = new Place(name, NormalizeIdentifier(place.Code));
            if (name.Length > 0 && !normalized.Contains(candidate))
            {
                normalized.Add(candidate);
            }
        }

        return [.. normalized];
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
