using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Dedup;

/// <summary>Bodies for the dedup tests: the seed story, re-keyed copies of it, and made-up stories of random words.</summary>
internal static class DedupStories
{
    private static readonly string[] s_vocabulary =
    [
        "ministry", "talks", "officials", "border", "aid", "convoys", "coast", "diplomats", "restraint", "statement",
        "bank", "rates", "market", "shares", "profit", "quarter", "oil", "prices", "output", "exports", "court",
        "ruling", "appeal", "election", "vote", "party", "leader", "storm", "flood", "rescue", "strike", "union",
    ];

    internal static Story Seed() => StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;

    /// <summary>
    /// The seed's body as another desk keys it: quotes straightened, case and spacing changed, a word
    /// replaced, the last sentence of one paragraph dropped and a sentence added.
    /// </summary>
    internal static List<string> ReKeyedSeed()
    {
        var paragraphs = Seed().Paragraphs
            .Select(p => p.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'').Replace(" ", "  ", StringComparison.Ordinal))
            .ToList();
        paragraphs[0] = paragraphs[0].ToUpperInvariant().Replace("WEDNESDAY", "TUESDAY", StringComparison.Ordinal);
        paragraphs[2] = paragraphs[2][..(paragraphs[2].IndexOf(". ", StringComparison.Ordinal) + 1)];
        paragraphs.Add("Officials declined to give further details.");
        return paragraphs;
    }

    /// <summary>A body of <paramref name="words"/> words drawn at random.</summary>
    internal static List<string> RandomBody(Random random, int words = 120) =>
        [string.Join(' ', Enumerable.Range(0, words).Select(_ => s_vocabulary[random.Next(s_vocabulary.Length)]))];
}
