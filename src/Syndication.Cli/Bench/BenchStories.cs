using System.Text;

namespace Syndication.Cli.Bench;

/// <summary>
/// Distinct plain-copy stories shaped like desk copy (headline, rights and editor lines, a dateline, a
/// dozen paragraphs, about 3 KB), generated from a fixed seed so every run measures the same input.
/// </summary>
internal static class BenchStories
{
    private static readonly string[] s_words =
    [
        "government", "forces", "said", "on", "Tuesday", "the", "city", "officials", "talks", "border", "minister",
        "market", "shares", "rose", "after", "report", "security", "council", "agreed", "to", "new", "measures",
        "against", "in", "a", "statement", "late", "Monday", "while", "analysts", "expected", "further", "gains",
        "“we", "will", "not", "accept", "this,”", "spokesman", "added", "it’s", "clear", "that", "prices", "fell",
    ];

    private static readonly string[] s_places = ["BEIRUT", "LONDON", "WASHINGTON", "PARIS", "TOKYO", "NAIROBI"];

    /// <summary>Stories exclusive to The Bench Partner: rights routing gives them to it alone.</summary>
    internal static IReadOnlyList<byte[]> Generate(int count) => Generate(count, "Exclusive to The Bench Partner\n\n");

    /// <summary>The same stories without their exclusive line: rights routing gives them to every partner.</summary>
    internal static IReadOnlyList<byte[]> ForEveryone(int count) => Generate(count, "");

    private static IReadOnlyList<byte[]> Generate(int count, string rightsLine)
    {
        var random = new Random(20_000);
        var stories = new byte[count][];
        var text = new StringBuilder(4096);
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            text.Append("Bench Desk: story ").Append(i).Append(' ').Append(Sentence(random, 8)).Append("\n\n");
            text.Append(rightsLine).Append("Edited by Ada Bench\n\n");
            text.Append(s_places[i % s_places.Length]).Append(", June 1 (Reuters) - ");
            for (var paragraph = 0; paragraph < 12; paragraph++)
            {
                text.Append(Sentence(random, 35 + random.Next(15))).Append(".\n\n");
            }

            stories[i] = Encoding.UTF8.GetBytes(text.ToString());
        }

        return stories;
    }

    private static string Sentence(Random random, int words)
    {
        var sentence = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sentence.Append(' ');
            }

            sentence.Append(s_words[random.Next(s_words.Length)]);
        }

        sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.ToString();
    }
}
