using System.Buffers;
using System.Runtime.CompilerServices;

namespace Syndication.Core.Normalization;

/// <summary>
/// Drops what XML 1.0 cannot carry and what a reader cannot see, collapses whitespace and trims:
/// the first pass over every text field.
/// </summary>
internal static class WhitespaceNormalizer
{
    private const int MaxJumps = 16;

    public static string Normalize(string text)
    {
        // Implementation note: most fields need nothing; a few vectorized scans prove that before any copy.
        var span = text.AsSpan();
        if (span.IsEmpty
            || (span[0] != ' ' && span[^1] != ' ' && !span.Contains("  ", StringComparison.Ordinal) && !HasCharacterToChange(span)))
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
    /// Whether <paramref name="text"/> holds a character this pass may change, other than the plain space
    /// (changed only in runs or at the ends): controls, whitespace other than U+0020, invisible characters,
    /// surrogates, non-characters.
    /// </summary>
    /// <remarks>
    /// Implementation note: all of them lie outside printable ASCII. In Latin-script copy few characters
    /// do (curly quotes, dashes, accented letters), and a range scan jumps from one to the next; in other
    /// scripts nearly all do, and past a few the rest are looked at in a plain loop. A SearchValues of the
    /// set was slower, and many times slower before the JIT had optimized it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    private static bool HasCharacterToChange(ReadOnlySpan<char> text)
    {
        for (var jumps = 0; jumps < MaxJumps; jumps++)
        {
            var index = text.IndexOfAnyExceptInRange(' ', '~');
            if (index < 0)
            {
                return false;
            }

            if (MayChange(text[index]))
            {
                return true;
            }

            text = text[(index + 1)..];
        }

        foreach (var c in text)
        {
            if (c is < ' ' or > '~' && MayChange(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayChange(char c) => char.IsWhiteSpace(c) || IsInvisible(c) || char.IsSurrogate(c);

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
