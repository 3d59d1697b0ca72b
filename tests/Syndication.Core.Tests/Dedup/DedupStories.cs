using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Dedup;

/// <summary>Bodies for the dedup tests: the seed story, re-keyed copies of it, made-up stories of random words, and Reuters-21578's.</summary>
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

    /// <summary>The paragraphs of every story of Reuters-21578 that decodes, one string each.</summary>
    internal static IEnumerable<string> ReutersParagraphs()
    {
        for (var file = 0; file < 22; file++)
        {
            var text = Encoding.Latin1.GetString(SharedFiles.ReadBytes($"corpora/reuters21578/reut2-{file:000}.sgm"));
            for (var start = text.IndexOf("<REUTERS ", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<REUTERS ", start + 1, StringComparison.Ordinal))
            {
                var end = text.IndexOf("</REUTERS>", start, StringComparison.Ordinal) + "</REUTERS>".Length;
                if (StoryDecoder.Decode(Encoding.Latin1.GetBytes(text[start..end])).Story is { } story)
                {
                    foreach (var paragraph in story.Paragraphs)
                    {
                        yield return paragraph;
                    }
                }
            }
        }
    }

    /// <summary>A body of <paramref name="words"/> words drawn at random.</summary>
    internal static List<string> RandomBody(Random random, int words = 120) =>
        [string.Join(' ', Enumerable.Range(0, words).Select(_ => s_vocabulary[random.Next(s_vocabulary.Length)]))];
}
