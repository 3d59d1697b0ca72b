namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The text of an ANPA item split into its ^ header lines and its paragraphs, each cleaned of control
/// characters and of the &lt; and = that end them.
/// </summary>
internal sealed class AnpaLines
{
    public List<string> Header { get; } = [];

    public List<string> Body { get; } = [];

    /// <summary>
    /// The ^ lines before the first other line are header lines; after it, a ^, tab or backspace (TLI)
    /// opening starts a new paragraph, a blank line or a trailing &lt; or = ends one, and a line with no
    /// opening continues the paragraph before it (a soft line break).
    /// </summary>
    public static AnpaLines Read(string text)
    {
        var lines = new AnpaLines();
        List<string>? paragraph = null;
        var inHeader = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var raw = text.AsSpan(range).TrimEnd();
            if (WireLine.IsBlank(raw))
            {
                lines.Flush(ref paragraph);
                continue;
            }

            var endsParagraph = raw[^1] is '<' or '=';
            var content = WireLine.Clean(endsParagraph ? raw[..^1] : raw);
            var opening = raw[0];
            if (opening == '^' && inHeader)
            {
                content = WireLine.Clean(content.AsSpan(1));
                if (content.Length > 0)
                {
                    lines.Header.Add(content);
                }

                continue;
            }

            inHeader = false;
            if (opening is '^' or '\t' or '\b')
            {
                lines.Flush(ref paragraph);
                // A table's heading row opens "\b^"; the caret marks it, it is not part of it.
                content = content.StartsWith('^') ? WireLine.Clean(content.AsSpan(1)) : content;
            }

            if (content.Length > 0)
            {
                (paragraph ??= []).Add(content);
            }

            // A table row is one line: its own paragraph.
            if (endsParagraph || opening == '\b')
            {
                lines.Flush(ref paragraph);
            }
        }

        lines.Flush(ref paragraph);
        return lines;
    }

    private void Flush(ref List<string>? paragraph)
    {
        if (paragraph is { Count: > 0 })
        {
            Body.Add(string.Join(' ', paragraph));
        }

        paragraph = null;
    }
}
