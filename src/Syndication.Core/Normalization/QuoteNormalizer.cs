using System.Runtime.CompilerServices;

namespace Syndication.Core.Normalization;

/// <summary>
/// Turns straight quotes curly and wrong-way curly quotes the right way, judged by the characters around
/// them; apostrophes inside words stay apostrophes.
/// </summary>
/// <remarks>
/// Implementation note: each decision looks past neighbouring quote marks to the nearest other character
/// on either side, so it never depends on how a neighbouring quote was itself decided. That is what makes
/// the pass idempotent: a second run sees the same neighbours and keeps what the first run chose.
/// </remarks>
internal static class QuoteNormalizer
{
    private const char OpeningDouble = '\u201C';
    private const char ClosingDouble = '\u201D';
    private const char OpeningSingle = '\u2018';
    private const char ClosingSingle = '\u2019';

    // The longest of the elisions IsElision knows ("cause", "round").
    private const int MaxElisionLength = 5;

    private enum Side
    {
        /// <summary>Start or end of text, whitespace, an opening bracket or a dash: a quote here opens.</summary>
        Opening,
        Letter,
        Digit,
        Other,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    public static string Normalize(string text)
    {
        var quotes = new QuoteMarks(text);
        var start = quotes.IndexFrom(0);

        char[]? changed = null;
        int? lastClosingSingle = null;
        while (start >= 0 && !quotes.PassedLowQuote)
        {
            var runEnd = RunEnd(text, start);
            var before = start == 0 ? Side.Opening : Classify(text[start - 1]);
            var after = runEnd < text.Length ? Classify(text[runEnd]) : Side.Opening;
            for (var k = start; k < runEnd; k++)
            {
                var quote = Decide(text, k, runEnd, before, after, ref lastClosingSingle);
                if (quote != text[k])
                {
                    changed ??= text.ToCharArray();
                    changed[k] = quote;
                }
            }

            start = quotes.IndexFrom(runEnd);
        }

        // Low-9 quotes mean German-style quoting, where U+201C closes; we cannot tell right from wrong there.
        return changed is null || quotes.PassedLowQuote ? text : new string(changed);
    }

    private static char Decide(string text, int index, int runEnd, Side before, Side after, ref int? lastClosingSingle)
    {
        var opensBefore = before == Side.Opening;
        return text[index] switch
        {
            '"' => opensBefore ? OpeningDouble : ClosingDouble,
            OpeningDouble => !opensBefore && after is not (Side.Letter or Side.Digit) ? ClosingDouble : OpeningDouble,
            ClosingDouble => opensBefore && after is (Side.Letter or Side.Digit) ? OpeningDouble : ClosingDouble,
            '\'' => opensBefore && after == Side.Letter && !IsElision(text, runEnd) ? OpeningSingle : ClosingSingle,
            OpeningSingle => before is Side.Letter or Side.Digit ? ClosingSingle : OpeningSingle,
            // A U+2019 at the start of a word is an elision ('tis, '90s) unless a closing quote follows.
            _ => opensBefore && after == Side.Letter && !IsElision(text, runEnd)
                && (lastClosingSingle ??= LastClosingSingle(text)) > index
                ? OpeningSingle
                : ClosingSingle,
        };
    }

    /// <summary>The index of the last single quote that stands where a quote closes, or -1.</summary>
    private static int LastClosingSingle(string text)
    {
        var last = -1;
        var quotes = new QuoteMarks(text);
        var start = quotes.IndexFrom(0);
        while (start >= 0)
        {
            var runEnd = RunEnd(text, start);
            var before = start == 0 ? Side.Opening : Classify(text[start - 1]);
            var after = runEnd < text.Length ? Classify(text[runEnd]) : Side.Opening;
            if (before != Side.Opening && after is not (Side.Letter or Side.Digit))
            {
                var single = text.AsSpan(start, runEnd - start).LastIndexOfAny('\'', OpeningSingle, ClosingSingle);
                last = single < 0 ? last : start + single;
            }

            start = quotes.IndexFrom(runEnd);
        }

        return last;
    }

    private static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && QuoteMarks.IsQuote(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsElision(string text, int wordStart)
    {
        var end = wordStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        // Implementation note: lowered into a stack buffer rather than a new string; no elision is longer.
        Span<char> lowered = stackalloc char[MaxElisionLength];
        var word = text.AsSpan(wordStart, end - wordStart);
        return word.Length <= MaxElisionLength
            && word.ToLowerInvariant(lowered) == word.Length
            && lowered[..word.Length] is "tis" or "twas" or "em" or "til" or "cause" or "cos" or "n" or "bout" or "round";
    }

    private static Side Classify(char c) => c switch
    {
        '(' or '[' or '{' or '\u2013' or '\u2014' => Side.Opening,
        _ when char.IsWhiteSpace(c) => Side.Opening,
        _ when char.IsLetter(c) => Side.Letter,
        _ when char.IsDigit(c) => Side.Digit,
        _ => Side.Other,
    };
}
