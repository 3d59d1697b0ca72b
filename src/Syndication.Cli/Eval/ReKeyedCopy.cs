using System.Globalization;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Cli.Eval;

/// <summary>
/// The same story as another desk re-keys it, written as plain wire copy: a new headline in title case, a
/// byline, a dateline and credit before the first paragraph and a sign-off after the last, and two to four
/// of these edits to the body: a word changed, a sentence dropped, a sentence added, quotes and spacing
/// changed, the wire's abbreviations expanded, two paragraphs swapped, two paragraphs joined.
/// </summary>
internal static class ReKeyedCopy
{
    private static readonly string[] s_bodyEdits = ["word", "drop", "add", "quotes", "abbreviations", "reorder", "join"];

    private static readonly (string Abbreviation, string Expansion)[] s_abbreviations =
    [
        ("mln", "million"), ("bln", "billion"), ("pct", "percent"), ("dlrs", "dollars"), ("dlr", "dollar"),
        ("cts", "cents"), ("shr", "share"), ("qtr", "quarter"), ("vs", "versus"), ("Corp", "Corporation"),
        ("Inc", "Incorporated"), ("Ltd", "Limited"), ("Co", "Company"), ("U.S.", "United States"),
        ("avg", "average"), ("govt", "government"), ("yr", "year"),
    ];

    private static readonly string[] s_addedSentences =
    [
        "The company did not immediately respond to a request for comment.",
        "Analysts said the figures were broadly in line with market expectations.",
        "Officials declined to give further details.",
        "The announcement was made after the close of trading.",
    ];

    private static readonly string[] s_places = ["NEW YORK", "LONDON", "CHICAGO", "TOKYO", "WASHINGTON", "FRANKFURT"];

    /// <summary>The re-keyed copy of <paramref name="story"/>, and the names of the body edits made.</summary>
    internal static (string Copy, IReadOnlyList<string> Edits) Make(Story story, Random random)
    {
        var paragraphs = story.Paragraphs.ToList();
        var edits = s_bodyEdits.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
        foreach (var edit in edits)
        {
            Apply(edit, paragraphs, random);
        }

        var copy = new StringBuilder();
        // Reuters marks unlisted companies "<Amour Inc>"; a desk drops the marks, and a copy opened by "<" would read as markup.
        var headline = story.Headline.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
        copy.Append(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(headline.ToLowerInvariant())).Append("\n\n");
        copy.Append("By Jane Doe\n\n");
        copy.Append(CultureInfo.InvariantCulture, $"{s_places[random.Next(s_places.Length)]}, March {random.Next(1, 29)} (Reuters) - ");
        copy.AppendJoin("\n\n", paragraphs.Where(paragraph => paragraph.Length > 0));
        copy.Append("\n\n(Reporting by John Smith; Editing by Ann Lee)\n");
        return (copy.ToString(), edits);
    }

    private static void Apply(string edit, List<string> paragraphs, Random random)
    {
        switch (edit)
        {
            case "word":
                var at = random.Next(paragraphs.Count);
                var words = paragraphs[at].Split(' ');
                words[random.Next(words.Length)] = "reportedly";
                paragraphs[at] = string.Join(' ', words);
                break;
            case "drop":
                var sentences = Sentences(paragraphs);
                if (sentences.Count >= 3)
                {
                    var (paragraph, sentence) = sentences[random.Next(sentences.Count)];
                    paragraphs[paragraph] = paragraphs[paragraph].Remove(sentence.Start, sentence.Length).Trim();
                }

                break;
            case "add":
                var into = random.Next(paragraphs.Count);
                paragraphs[into] += " " + s_addedSentences[random.Next(s_addedSentences.Length)];
                break;
            case "quotes":
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    paragraphs[i] = CurlQuotes(paragraphs[i]).Replace(", ", ",  ", StringComparison.Ordinal);
                }

                break;
            case "abbreviations":
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    paragraphs[i] = Expand(paragraphs[i]);
                }

                break;
            case "reorder" when paragraphs.Count >= 3:
                var first = random.Next(1, paragraphs.Count - 1);
                (paragraphs[first], paragraphs[first + 1]) = (paragraphs[first + 1], paragraphs[first]);
                break;
            case "join" when paragraphs.Count >= 2:
                var join = random.Next(paragraphs.Count - 1);
                paragraphs[join] += " " + paragraphs[join + 1];
                paragraphs.RemoveAt(join + 1);
                break;
            default:
                break;
        }
    }

    // A sentence ends at ". " before a capital letter; good enough for wire copy.
    private static List<(int Paragraph, (int Start, int Length) Sentence)> Sentences(List<string> paragraphs)
    {
        var sentences = new List<(int, (int, int))>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '.' && (i + 1 == text.Length || (i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))))
                {
                    sentences.Add((p, (start, i + 1 - start)));
                    start = i + 1;
                }
            }
        }

        return sentences;
    }

    private static string CurlQuotes(string text)
    {
        var curled = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            curled.Append(c switch
            {
                '"' => (open = !open) ? '\u201D' : '\u201C',
                '\'' => '\u2019',
                _ => c,
            });
        }

        return curled.ToString();
    }

    private static string Expand(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var core = words[i].TrimEnd(',', ';', ':');
            var trailing = words[i][core.Length..];
            foreach (var (abbreviation, expansion) in s_abbreviations)
            {
                if (core == abbreviation || core == abbreviation + ".")
                {
                    words[i] = expansion + (core.EndsWith('.') && !abbreviation.EndsWith('.') ? "." : "") + trailing;
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }
}
