using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Cli.Eval;

/// <summary>
/// Builds the labelled pairs of <c>eval dedup</c> from the Reuters-21578 stories, the same every run.
/// </summary>
/// <remarks>
/// The originals are a random sample of the stories of at least <see cref="MinWords"/> words that share a
/// topic or an organisation with another story of the same day. Each gives one near-duplicate pair (its
/// <see cref="ReKeyedCopy"/>, decoded as plain copy through <see cref="StoryDecoder"/>) and one
/// different pair (a story of the same day sharing a topic or organisation, with another headline, that
/// is not itself an original). Implementation note: stories under <see cref="MinWords"/> words are mostly
/// one-line briefs and earnings tables; three edits to a two-sentence story make another story, so no
/// label could be trusted.
/// </remarks>
internal static class DedupEvalSet
{
    internal const int Seed = 21578;

    internal const int MinWords = 40;

    internal static List<DedupPair> Build(IReadOnlyList<Story> stories, int pairs)
    {
        var random = new Random(Seed);
        var byDayAndLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var label in Labels(stories[i]))
            {
                if (!byDayAndLabel.TryGetValue(label, out var list))
                {
                    byDayAndLabel[label] = list = [];
                }

                list.Add(i);
            }
        }

        var firstOfItsText = FirstOfItsText(stories);
        var eligible = Enumerable.Range(0, stories.Count)
            .Where(i => firstOfItsText[i] && stories[i].WordCount >= MinWords && Partners(stories, byDayAndLabel, i).Any())
            .OrderBy(_ => random.Next())
            .ToList();
        var originals = eligible.Take(pairs).ToHashSet();
        var partnersUsed = new HashSet<int>();
        var result = new List<DedupPair>(pairs * 2);
        foreach (var original in eligible.Take(pairs))
        {
            var story = stories[original];
            var (copyText, edits) = ReKeyedCopy.Make(story, random);
            var copy = StoryDecoder.Decode(Encoding.UTF8.GetBytes(copyText)).Story
                ?? throw new InvalidOperationException($"The re-keyed copy of {story.SourceId} did not decode:\n{copyText}");
            result.Add(new DedupPair(original, story, copy, IsDuplicate: true, string.Join('+', edits)));

            var partners = Partners(stories, byDayAndLabel, original).Where(p => firstOfItsText[p] && !originals.Contains(p) && !partnersUsed.Contains(p)).ToList();
            if (partners.Count > 0)
            {
                var partner = partners[random.Next(partners.Count)];
                partnersUsed.Add(partner);
                var shared = Labels(story).Intersect(Labels(stories[partner])).First();
                result.Add(new DedupPair(original, story, stories[partner], IsDuplicate: false, shared));
            }
        }

        return result;
    }

    // The collection holds 260 groups of records with the same body, sent twice under other headlines or
    // codes: only the first of each is used, or a copy's original would have a twin to be found instead.
    private static bool[] FirstOfItsText(IReadOnlyList<Story> stories)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. stories.Select(story => seen.Add(string.Join('\n', story.Paragraphs)))];
    }

    // The same day and a topic or organisation in common, and another headline: a resent story keeps its headline.
    private static IEnumerable<int> Partners(IReadOnlyList<Story> stories, Dictionary<string, List<int>> byDayAndLabel, int story) =>
        Labels(stories[story])
            .SelectMany(label => byDayAndLabel[label])
            .Distinct()
            .Where(other => other != story && !string.Equals(stories[other].Headline, stories[story].Headline, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Labels(Story story)
    {
        if (story.Published is null)
        {
            return [];
        }

        var day = story.Published.Utc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return story.Subjects.Select(subject => $"{day} {subject.Code}")
            .Concat(story.Keywords.Select(keyword => $"{day} {keyword}"));
    }
}
