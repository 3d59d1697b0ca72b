using System.Text;

namespace Syndication.Benchmarks;

/// <summary>
/// A typical plain-copy story built the same way every time: a headline, "Exclusive to" and "Edited by"
/// lines, a dateline with an agency credit, and twelve paragraphs of about forty words with curly quotes
/// and apostrophes, about 3.4 KB of UTF-8 in all.
/// </summary>
internal static class SyntheticStory
{
    private const int ParagraphCount = 12;
    private const int FillerWordsPerParagraph = 32;

    private static readonly string[] s_words =
    [
        "the", "ministry", "said", "on", "Tuesday", "that", "talks", "with", "regional", "officials", "would",
        "resume", "after", "a", "pause", "of", "several", "weeks", "while", "aid", "convoys", "waited", "at",
        "border", "crossings", "near", "the", "coast", "and", "diplomats", "urged", "restraint", "from", "all",
        "sides", "in", "statement", "released", "late", "evening", "by", "government", "spokesman",
    ];

    public static byte[] Bytes()
    {
        var copy = new StringBuilder(4096);
        copy.Append("Lebanon talks: Ministers agree to resume border negotiations\n\n");
        copy.Append("Exclusive to The Levant Daily\n\n");
        copy.Append("Edited by Samia Nakhoul\n\n");
        for (var p = 0; p < ParagraphCount; p++)
        {
            if (p == 0)
            {
                copy.Append("BEIRUT, June 1 (Reuters) - ");
            }

            copy.Append("Officials said \u201Cwe will not accept this,\u201D and added it\u2019s");
            for (var w = 0; w < FillerWordsPerParagraph; w++)
            {
                copy.Append(' ').Append(s_words[((p * 7) + (w * 13)) % s_words.Length]);
            }

            copy.Append(".\n\n");
        }

        return Encoding.UTF8.GetBytes(copy.ToString());
    }
}
