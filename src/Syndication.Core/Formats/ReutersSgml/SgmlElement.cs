namespace Syndication.Core.Formats.ReutersSgml;

/// <summary>
/// Finds elements in one Reuters-21578 record by their tags, as plain text searches: the records are SGML
/// (undeclared entities, a &gt; left bare in text, no root element), which no XML reader accepts.
/// </summary>
/// <remarks>
/// Implementation note: the DTD nests nothing inside the elements read here but the TEXT children, and
/// neither tag names nor &lt; occur in the text (it is escaped as &amp;lt;), so the first start tag and
/// the first end tag after it delimit an element. Each lookup is one ordinal search forward.
/// </remarks>
internal static class SgmlElement
{
    /// <summary>The raw content of the first <paramref name="name"/> element in <paramref name="text"/>, and its start tag.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, string name, out ReadOnlySpan<char> content, out ReadOnlySpan<char> startTag)
    {
        content = default;
        startTag = default;
        var from = 0;
        while (true)
        {
            var open = text[from..].IndexOf($"<{name}", StringComparison.Ordinal);
            if (open < 0)
            {
                return false;
            }

            open += from;
            var after = open + name.Length + 1;
            if (after < text.Length && text[after] is '>' or ' ' or '\t' or '\n')
            {
                var tagEnd = text[after..].IndexOf('>');
                if (tagEnd < 0)
                {
                    return false;
                }

                tagEnd += after;
                startTag = text[open..(tagEnd + 1)];
                var close = text[(tagEnd + 1)..].IndexOf($"</{name}>", StringComparison.Ordinal);
                content = close < 0 ? text[(tagEnd + 1)..] : text.Slice(tagEnd + 1, close);
                return true;
            }

            from = after;
        }
    }

    /// <summary>The value of <paramref name="attribute"/> (double-quoted) in <paramref name="startTag"/>, or null.</summary>
    public static string? Attribute(ReadOnlySpan<char> startTag, string attribute)
    {
        var at = startTag.IndexOf($" {attribute}=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var value = startTag[(at + attribute.Length + 3)..];
        var end = value.IndexOf('"');
        return end < 0 ? null : value[..end].ToString();
    }

    /// <summary>The values of the &lt;D&gt; children of a category list, decoded, at most <paramref name="max"/>.</summary>
    public static List<string> Values(ReadOnlySpan<char> list, int max)
    {
        var values = new List<string>();
        while (values.Count < max && TryFind(list, "D", out var value, out var tag))
        {
            var text = SgmlText.Decode(value).Trim();
            if (text.Length > 0)
            {
                values.Add(text);
            }

            var consumed = list.IndexOf(tag, StringComparison.Ordinal) + tag.Length + value.Length;
            list = list[consumed..];
        }

        return values;
    }
}
