using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Syndication.Core.Normalization;

/// <summary>Counts the words of a story's body.</summary>
/// <remarks>
/// A word is a whitespace-separated token holding at least one letter or digit, so a lone dash or
/// quote mark is not a word, while "al-Mahalawi", "8th" and "“caliphate”" each count once.
/// </remarks>
internal static class WordCounter
{
    public static int Count(IEnumerable<string> paragraphs)
    {
        var words = 0;
        foreach (var paragraph in paragraphs)
        {
            words += Count(paragraph);
        }

        return words;
    }

    /// <remarks>
    /// Implementation note: a character at a time, this was the costliest step of decoding a story, so
    /// the text is classified sixteen (or, without 256-bit vectors, eight) characters at once, into one
    /// bit per character. A token that opens with a letter or digit is a word; one that opens with
    /// anything else (a quote mark, a bracket, a dash) is a word if a letter or digit follows before the
    /// next whitespace, which is looked for one character at a time, as such tokens are few.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    private static int Count(string paragraph)
    {
        var blockLength = Vector256.IsHardwareAccelerated ? Vector256<ushort>.Count : Vector128<ushort>.Count;
        var words = 0;
        var afterWhiteSpace = 1u;
        for (var start = 0; start < paragraph.Length; start += blockLength)
        {
            var block = paragraph.AsSpan(start, Math.Min(blockLength, paragraph.Length - start));
            var (letterOrDigit, whiteSpace) = Classify(block);
            var tokenStarts = ((whiteSpace << 1) | afterWhiteSpace) & ~whiteSpace & ((1u << block.Length) - 1);
            words += BitOperations.PopCount(tokenStarts & letterOrDigit);
            for (var others = tokenStarts & ~letterOrDigit; others != 0; others &= others - 1)
            {
                words += HasLetterOrDigit(paragraph, start + BitOperations.TrailingZeroCount(others)) ? 1 : 0;
            }

            afterWhiteSpace = (whiteSpace >> (block.Length - 1)) & 1;
        }

        return words;
    }

    /// <summary>Bit i of each mask tells whether character i of the block is a letter or digit, or whitespace.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint LetterOrDigit, uint WhiteSpace) Classify(ReadOnlySpan<char> block)
    {
        uint letterOrDigit = 0, whiteSpace = 0, notAscii = (1u << block.Length) - 1;
        var chars = MemoryMarshal.Cast<char, ushort>(block);
        if (Vector256.IsHardwareAccelerated && chars.Length == Vector256<ushort>.Count)
        {
            (letterOrDigit, whiteSpace, notAscii) = ClassifyAscii(Vector256.Create(chars));
        }
        else if (chars.Length == Vector128<ushort>.Count)
        {
            (letterOrDigit, whiteSpace, notAscii) = ClassifyAscii(Vector128.Create(chars));
        }

        // Outside ASCII, and in a last block too short for a vector, the character tables decide.
        for (; notAscii != 0; notAscii &= notAscii - 1)
        {
            var i = BitOperations.TrailingZeroCount(notAscii);
            letterOrDigit |= char.IsLetterOrDigit(block[i]) ? 1u << i : 0;
            whiteSpace |= char.IsWhiteSpace(block[i]) ? 1u << i : 0;
        }

        return (letterOrDigit, whiteSpace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint LetterOrDigit, uint WhiteSpace, uint NotAscii) ClassifyAscii(Vector128<ushort> chars) => (
        (InRange(chars | Vector128.Create((ushort)0x20), 'a', 'z') | InRange(chars, '0', '9')).ExtractMostSignificantBits(),
        (Vector128.Equals(chars, Vector128.Create((ushort)' ')) | InRange(chars, '\t', '\r')).ExtractMostSignificantBits(),
        Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint LetterOrDigit, uint WhiteSpace, uint NotAscii) ClassifyAscii(Vector256<ushort> chars) => (
        (InRange(chars | Vector256.Create((ushort)0x20), 'a', 'z') | InRange(chars, '0', '9')).ExtractMostSignificantBits(),
        (Vector256.Equals(chars, Vector256.Create((ushort)' ')) | InRange(chars, '\t', '\r')).ExtractMostSignificantBits(),
        Vector256.GreaterThan(chars, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> InRange(Vector128<ushort> chars, char first, char last) =>
        Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> InRange(Vector256<ushort> chars, char first, char last) =>
        Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)first), Vector256.Create((ushort)(last - first)));

    private static bool HasLetterOrDigit(string paragraph, int tokenStart)
    {
        for (var i = tokenStart; i < paragraph.Length && !char.IsWhiteSpace(paragraph[i]); i++)
        {
            if (char.IsLetterOrDigit(paragraph[i]))
            {
                return true;
            }
        }

        return false;
    }
}
