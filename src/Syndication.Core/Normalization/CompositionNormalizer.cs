using System.Runtime.CompilerServices;
using System.Text;

namespace Syndication.Core.Normalization;

/// <summary>Brings text to Unicode normalization form C (composed: "e" and U+0301 become "é").</summary>
internal static class CompositionNormalizer
{
    // Below U+0300 (the first combining mark), and from U+2010 to U+20CF (dashes, quotes, bullets, the
    // ellipsis, currency signs), every character is NFC on its own and combines with no neighbour: its
    // NFC quick check is Yes and its combining class 0. CompositionNormalizerTests holds every pair of
    // them against ICU.
    private const char LastCharacterBeforeCombiningMarks = '\u02FF';
    private const char FirstPunctuationAfterSpaces = '\u2010';
    private const char LastCurrencySign = '\u20CF';

    /// <summary>
    /// <paramref name="text"/> in NFC: the same instance when it is already, as nearly all wire copy is.
    /// Lone surrogates are not allowed (the whitespace pass drops them first).
    /// </summary>
    public static string Normalize(string text) =>
        IsKnownComposed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Whether <paramref name="text"/> is made only of characters that are NFC whatever surrounds them.</summary>
    /// <remarks>
    /// Implementation note: string.IsNormalized answers for ASCII by itself but calls ICU for anything
    /// else, and curly quotes put nearly every paragraph in "anything else". A vectorized scan that steps
    /// over the few characters from the punctuation block settles most text without the call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    internal static bool IsKnownComposed(ReadOnlySpan<char> text)
    {
        int index;
        while ((index = text.IndexOfAnyExceptInRange('\0', LastCharacterBeforeCombiningMarks)) >= 0)
        {
            if (text[index] is < FirstPunctuationAfterSpaces or > LastCurrencySign)
            {
                return false;
            }

            text = text[(index + 1)..];
        }

        return true;
    }
}
