using System.Buffers;

namespace Syndication.Core.Normalization;

/// <summary>
/// Drops what XML 1.0 cannot carry and what a reader cannot see, collapses whitespace and trims:
/// the first pass over every text field.
/// </summary>
internal static class WhitespaceNormalizer
{
    // Every character this pass may change, but the plain space (changed only in runs or at the ends):
    // controls, whitespace other than U+0020, invisible characters, surrogates, non-characters.
    private static readonly SearchValues<char> s_attention = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u00A0\u00AD\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B" +
        "\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uFFFE\uFFFF");

    public static string Normalize(string text)
    {
        // Implementation note: most fields need nothing; a vectorized scan proves that before any copy.
        var span = text.AsSpan();
        if (span.IndexOfAny(s_attention) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0
            && !span.Contains("  ", StringComparison.Ordinal) && (span.IsEmpty || (span[0] != ' ' && span[^1] != ' ')))
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var run = 0;
            var runChar = ' ';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    run++;
                    runChar = c;
                    continue;
                }

                var isPair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (!isPair && (IsInvisible(c) || char.IsSurrogate(c)))
                {
                    // Dropped without ending the whitespace run, so "a \u200B b" collapses to "a b".
                    continue;
                }

                if (run > 0 && length > 0)
                {
                    buffer[length++] = run == 1 && IsNoBreakSpace(runChar) ? runChar : ' ';
                }

                run = 0;
                buffer[length++] = c;
                if (isPair)
                {
                    buffer[length++] = text[++i];
                }
            }

            var result = buffer.AsSpan(0, length);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Control characters (tab and line ends are whitespace, handled apart), zero-width spaces, word
    /// joiners, byte order marks inside text, soft hyphens, and the two non-characters XML 1.0 forbids.
    /// </summary>
    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && !char.IsWhiteSpace(c))
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\uFFFE' or '\uFFFF';

    // Implementation note: a lone no-break space is kept, since a desk put it there to hold "10 km" or
    // "M. Dupont" together; next to other whitespace it is a typing slip and becomes one plain space.
    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';
}
