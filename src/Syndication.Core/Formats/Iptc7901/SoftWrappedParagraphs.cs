namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// Joins teletype lines into paragraphs: a blank line ends a paragraph, a line indented deeper than the
/// one before starts one, and any other line continues it (the sender's line break was a soft one).
/// </summary>
internal static class SoftWrappedParagraphs
{
    public static List<string> Read(ReadOnlySpan<string> lines)
    {
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        var previousIndent = int.MaxValue;
        foreach (var line in lines)
        {
            var text = WireLine.Clean(line);
            if (text.Length == 0)
            {
                Flush(paragraphs, paragraph);
                previousIndent = int.MaxValue;
                continue;
            }

            var indent = line.AsSpan().IndexOfAnyExcept(' ', '\t');
            if (indent > previousIndent)
            {
                Flush(paragraphs, paragraph);
            }

            paragraph.Add(text);
            previousIndent = indent;
        }

        Flush(paragraphs, paragraph);
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
