using System.Runtime.CompilerServices;

namespace Syndication.Core.Normalization;

/// <summary>
/// Finds, in order, the quote marks <see cref="QuoteNormalizer"/> decides on (the straight ones and the
/// four curly ones), and notices low-9 quotes on the way.
/// </summary>
/// <remarks>
/// Implementation note: two vectorized searches, one for the two straight quotes and one over the range
/// U+2018..U+201E, each resumed only when the scan has passed what it found. One search for all six falls
/// back to a probabilistic SearchValues, slower, and many times slower before the JIT has optimized it.
/// </remarks>
internal struct QuoteMarks(string text)
{
    private const char LowSingle = '\u201A';
    private const char LowDouble = '\u201E';

    private const int None = int.MaxValue;

    private int _straight = -1;
    private int _curly = -1;

    /// <summary>Whether a low-9 quote lies before the last index returned, or anywhere once that was -1.</summary>
    public bool PassedLowQuote { get; private set; }

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    /// <summary>
    /// The index of the first quote mark at or after <paramref name="from"/>, or -1; each call asks from
    /// no earlier a position than the one before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    public int IndexFrom(int from)
    {
        if (_straight < from)
        {
            _straight = Found(from, text.AsSpan(from).IndexOfAny('"', '\''));
        }

        if (_curly < from)
        {
            _curly = CurlyFrom(from);
        }

        // The range also holds U+201B, which is no quote mark, and the low-9 quotes.
        while (_curly != None && !IsQuote(text[_curly]))
        {
            PassedLowQuote |= text[_curly] is LowSingle or LowDouble;
            _curly = CurlyFrom(_curly + 1);
        }

        var next = Math.Min(_straight, _curly);
        return next == None ? -1 : next;
    }

    private readonly int CurlyFrom(int start) => Found(start, text.AsSpan(start).IndexOfAnyInRange('\u2018', LowDouble));

    private static int Found(int start, int index) => index < 0 ? None : start + index;
}
