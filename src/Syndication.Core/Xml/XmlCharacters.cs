using System.Buffers;
using System.Text;

namespace Syndication.Core.Xml;

/// <summary>Makes any text one XML 1.0 can carry, so a rendered document never fails to parse or is refused by a writer.</summary>
/// <remarks>
/// XML 1.0 allows tab, line feed and carriage return and nothing else below U+0020 (not even as a
/// character reference), no U+FFFE or U+FFFF, and no half of a surrogate pair. Those controls are dropped:
/// they are no text a reader sees (a stray NUL, a bell from a teletype feed). A lone surrogate is replaced
/// with U+FFFD: a character was there, and its loss should show.
/// </remarks>
internal static class XmlCharacters
{
    private static readonly SearchValues<char> s_suspect = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\uFFFE\uFFFF" + SurrogateRange());

    /// <summary><paramref name="text"/> itself when XML can carry it as it is, which is nearly always; otherwise a cleaned copy.</summary>
    public static string Legal(string text)
    {
        var at = FirstIllegal(text);
        return at < 0 ? text : Clean(text, at);
    }

    /// <summary>Where the first character XML cannot carry is; a whole surrogate pair (an emoji) is one it can.</summary>
    private static int FirstIllegal(ReadOnlySpan<char> text)
    {
        for (var from = 0; ;)
        {
            var at = text[from..].IndexOfAny(s_suspect);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (!char.IsHighSurrogate(text[at]) || at + 1 == text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return at;
            }

            from = at + 2;
        }
    }

    private static string Clean(string text, int from)
    {
        var clean = new StringBuilder(text.Length).Append(text, 0, from);
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (!s_suspect.Contains(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static string SurrogateRange() =>
        string.Create(0xE000 - 0xD800, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        });
}
