namespace Syndication.Core.Formats.ReutersSgml;

/// <summary>
/// The paragraphs of a Reuters-21578 BODY: lines hard-wrapped at about 70 columns, each paragraph after
/// the first opened by an indent, the copy closed by the sign-off "Reuter".
/// </summary>
internal static class ReutersBody
{
    private const string SignOff = "Reuter";

    /// <remarks>
    /// Implementation note: every indented line starts a paragraph, rather than only a line indented
    /// deeper than the one before: a one-line paragraph is followed by another at the same indent.
    /// The indented rows of a table each become a paragraph, which keeps them apart.
    /// </remarks>
    public static List<string> Read(string body)
    {
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range);
            var text = line.Trim();
            if (text.IsEmpty || char.IsWhiteSpace(line[0]))
            {
                Flush(paragraphs, paragraph);
            }

            if (!text.IsEmpty)
            {
                paragraph.Add(text.ToString());
            }
        }

        Flush(paragraphs, paragraph);
        if (paragraphs.Count > 0 && string.Equals(paragraphs[^1], SignOff, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        return paragraphs;
    }

    private static void Flush(List<string> paragraphs, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            paragraphs.Add(string.Join(' ', paragraph));
            paragraph.Clear();
        }
    }
}
