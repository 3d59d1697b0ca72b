using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Syndication.Core.Dedup;

/// <summary>
/// Reads the words of one paragraph, in order, each as a 64-bit token: equal words (as
/// <see cref="BodyShingles"/> defines them) give equal tokens however they were keyed.
/// </summary>
/// <remarks>
/// <para>
/// A word's token depends only on its folded form (case-folded, apostrophes dropped). A word of up to 16
/// ASCII letters and digits is packed a byte a character into 128 bits, lo and hi, and its token is
/// fmix64(lo ⊕ hi·K) (K odd): two words of up to 8 characters, most of a story's, cannot share a token,
/// since fmix64 is a bijection. Any other word's token is fmix64 of the FNV-1a hash of its UTF-16
/// characters.
/// </para>
/// <para>
/// Implementation note: version 3 hashed a word a character at a time, a multiply each, in a branch per
/// character that went wrong at most word edges; that was four fifths of a signature's cost. Here a
/// first pass reads the paragraph 16 characters at a time as bytes (anything not ASCII as a byte with
/// its top bit set, an apostrophe too) and notes where each run of word characters (letters, digits,
/// apostrophes and anything not ASCII but the General Punctuation block's quote marks, dashes and
/// spaces, which separate words) starts and ends; a second packs each run under 16 characters
/// from one 16-byte load. A run with a top bit set (an apostrophe, an accent) or of 16
/// characters or more is read a character at a time by <see cref="ReadSlowly"/>, which gives the same
/// tokens, as is all of a paragraph under 16 characters or a machine without vectors.
/// </para>
/// </remarks>
internal static class WordReader
{
    /// <summary>The longest folded word that is packed rather than hashed.</summary>
    public const int MaxPackedLength = 16;

    private const int Window = 16;
    private const int Block = 64;

    // Beyond it, the scratch of a paragraph is rented rather than taken on the stack.
    private const int MaxStackLength = 1024;

    // FNV-1a over the characters of a word that is not packed.
    private const ulong WordSeed = 0xCBF29CE484222325;
    private const ulong WordPrime = 0x100000001B3;

    // An odd constant (the golden ratio's), so that hi·K is a bijection.
    private const ulong HighMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>The most words <paramref name="paragraph"/> can have, to size the destination of <see cref="Read"/>.</summary>
    public static int MaxCount(ReadOnlySpan<char> paragraph) => (paragraph.Length / 2) + 1;

    /// <summary>The token of a folded word: lower-case letters and digits, not empty.</summary>
    /// <exception cref="ArgumentException"><paramref name="folded"/> is not one word.</exception>
    public static ulong Token(ReadOnlySpan<char> folded)
    {
        Span<ulong> tokens = stackalloc ulong[MaxCount(folded)];
        return ReadSlowly(folded, 0, tokens, 0) == 1 ? tokens[0] : throw new ArgumentException($"\"{folded}\" is not one word.", nameof(folded));
    }

    /// <summary>Writes the token of each word of <paramref name="paragraph"/>, in order, and returns how many were written.</summary>
    /// <param name="paragraph">One paragraph of the body.</param>
    /// <param name="tokens">At least <see cref="MaxCount"/> long.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    public static int Read(ReadOnlySpan<char> paragraph, Span<ulong> tokens)
    {
        if (!Vector128.IsHardwareAccelerated || paragraph.Length < Window)
        {
            return ReadSlowly(paragraph, 0, tokens, 0);
        }

        // The bytes are followed by 16 zeros (separators), so that a run near the end is read in one load.
        var large = paragraph.Length > MaxStackLength;
        var rentedBytes = large ? ArrayPool<byte>.Shared.Rent(paragraph.Length + Window) : null;
        var rentedEdges = large ? ArrayPool<int>.Shared.Rent(paragraph.Length + 2) : null;
        var bytes = large ? rentedBytes.AsSpan(0, paragraph.Length + Window) : stackalloc byte[paragraph.Length + Window];
        var edges = large ? rentedEdges.AsSpan(0, paragraph.Length + 2) : stackalloc int[paragraph.Length + 2];
        try
        {
            bytes[paragraph.Length..].Clear();
            edges = edges[..Scan(paragraph, bytes, edges)];
            var (edge, count) = ReadPlainWords(bytes, edges, 0, tokens, 0);
            while (edge < edges.Length)
            {
                count = ReadSlowly(paragraph[..edges[edge + 1]], edges[edge], tokens, count);
                (edge, count) = ReadPlainWords(bytes, edges, edge + 2, tokens, count);
            }

            return count;
        }
        finally
        {
            if (large)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes!);
                ArrayPool<int>.Shared.Return(rentedEdges!);
            }
        }
    }

    /// <summary>
    /// Writes the paragraph as <paramref name="bytes"/> (see the remarks) and where each run of word
    /// characters starts and ends, by turns, the last ending at the end at the latest; returns how many edges.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Scan(ReadOnlySpan<char> text, Span<byte> bytes, Span<int> edges)
    {
        var count = 0;
        var carry = 0UL;
        for (var block = 0; block < text.Length; block += Block)
        {
            var runs = 0UL;
            for (var chunk = 0; chunk < Block && block + chunk < text.Length; chunk += Window)
            {
                // The last chunk is read from 16 characters before the end, and its bits moved down to start at 'at'.
                var at = block + chunk;
                var from = Math.Min(at, text.Length - Window);
                ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), from));
                var (low, high) = (Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, 8));
                var byteMax = Vector128.Create((ushort)0xFF);
                var chars = Vector128.Narrow(Vector128.Min(low, byteMax), Vector128.Min(high, byteMax));
                var apostrophes = Vector128.Equals(chars, Vector128.Create((byte)'\''));
                var marked = chars | (apostrophes & Vector128.Create((byte)0x80));
                marked.StoreUnsafe(ref bytes[from]);

                var alphanumeric = Vector128.LessThanOrEqual((chars | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')))
                    | Vector128.LessThanOrEqual(chars - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
                var punctuation = Vector128.Narrow(GeneralPunctuation(low), GeneralPunctuation(high));
                var bits = Vector128.AndNot(alphanumeric | apostrophes | chars, punctuation).ExtractMostSignificantBits();
                runs |= (ulong)(bits >> (at - from)) << chunk;
            }

            for (var changes = runs ^ ((runs << 1) | carry); changes != 0; changes &= changes - 1)
            {
                edges[count++] = block + BitOperations.TrailingZeroCount(changes);
            }

            carry = runs >> (Block - 1);
        }

        if ((count & 1) != 0)
        {
            edges[count++] = text.Length;
        }

        return count;
    }

    /// <summary>
    /// All ones in the lanes of the General Punctuation block (U+2000 to U+206F: curly double quotes,
    /// dashes, the ellipsis, spaces) but the curly single quotes, which may be apostrophes: these separate
    /// words as ASCII punctuation does, so “quoted” words are read as plain ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> GeneralPunctuation(Vector128<ushort> chars) =>
        Vector128.AndNot(
            Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)0x6F)),
            Vector128.Equals(chars & Vector128.Create((ushort)0xFFFE), Vector128.Create((ushort)0x2018)));

    /// <summary>
    /// Writes the tokens of the runs from <paramref name="edge"/> on that are one plain word each, and
    /// stops at the first that is not (or at the end): returns its edge and the new count.
    /// </summary>
    /// <remarks>
    /// Implementation note: a loop of its own, without the call to <see cref="ReadSlowly"/>, so that its
    /// counters stay in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Edge, int Count) ReadPlainWords(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> edges, int edge, Span<ulong> tokens, int count)
    {
        for (; edge < edges.Length; edge += 2)
        {
            var start = edges[edge];
            var length = edges[edge + 1] - start;
            if (length >= Window)
            {
                break;
            }

            // A run is letters, digits and top-bit bytes; with none of the last it is a plain word, and
            // its letters and digits with 0x20 set are their lower case.
            var word = (Vector128.LoadUnsafe(in bytes[start]) | Vector128.Create((byte)0x20))
                & Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length));
            if (word.ExtractMostSignificantBits() != 0)
            {
                break;
            }

            var packed = word.AsUInt64();
            tokens[count++] = Packed(packed.ToScalar(), packed.GetElement(1));
        }

        return (edge, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Packed(ulong lo, ulong hi) => BodyShingles.Mix(lo ^ (hi * HighMultiplier));

    /// <summary>A character at a time: writes the tokens of the words from <paramref name="at"/> to the end at <paramref name="count"/>; returns the new count.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadSlowly(ReadOnlySpan<char> text, int at, Span<ulong> tokens, int count)
    {
        var i = at;
        while (true)
        {
            while (i < text.Length && !IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return count;
            }

            // The word packed while it may still be, and hashed in case it cannot.
            ulong lo = 0, hi = 0, hash = WordSeed;
            var length = 0;
            var ascii = true;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (IsLetterOrDigit(c))
                {
                    var lowered = c < 0x80 ? (char)((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c) : char.ToLowerInvariant(c);
                    hash = (hash ^ lowered) * WordPrime;
                    ascii &= lowered < 0x80;
                    if (length < 8)
                    {
                        lo |= (ulong)lowered << (8 * length);
                    }
                    else if (length < MaxPackedLength)
                    {
                        hi |= (ulong)lowered << (8 * (length - 8));
                    }

                    length++;
                }
                else if (c is not ('\'' or '\u2019' or '\u2018' or '\u02BC'))
                {
                    break;
                }
            }

            tokens[count++] = ascii && length <= MaxPackedLength ? Packed(lo, hi) : BodyShingles.Mix(hash);
        }
    }

    private static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);
}
