using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Syndication.Benchmarks;

/// <summary>
/// The version 3 signature as it was (commit fb3ef19), frozen here so that <see cref="SignatureBenchmarks"/>
/// measures today's against it in the same run: word hashes by FNV-1a one character at a time, the shingles
/// written to a pooled array, then 64 multiply-add hash functions in eight 256-bit registers.
/// </summary>
internal static class Version3Signature
{
    private const ulong WordSeed = 0xCBF29CE484222325;
    private const ulong WordPrime = 0x100000001B3;
    private const int FoldTableSize = 64;

    private static readonly string[] s_folds =
    [
        "million", "mln", "billion", "bln", "percent", "pct", "dollars", "dlrs", "dollar", "dlr", "cents", "cts",
        "share", "shr", "quarter", "qtr", "versus", "vs", "corporation", "corp", "incorporated", "inc",
        "limited", "ltd", "company", "co", "average", "avg", "government", "govt", "year", "yr",
    ];

    private static readonly (ulong Word, ulong Abbreviation)[] s_foldTable = FoldTable();
    private static readonly uint[] s_seeds = Seeds(0x5EED_D0D0_CAFE_F00DUL);
    private static readonly uint[] s_multipliers = Multipliers();

    /// <summary>The signature's 64 minimums.</summary>
    internal static uint[] Of(IReadOnlyList<string> paragraphs)
    {
        var characters = 0L;
        foreach (var paragraph in paragraphs)
        {
            characters += paragraph.Length;
        }

        var buffer = ArrayPool<ulong>.Shared.Rent((int)((characters / 2) + paragraphs.Count + 1));
        try
        {
            var minimums = new uint[64];
            Minimums(buffer.AsSpan(0, Shingles(paragraphs, buffer)), minimums);
            return minimums;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Shingles(IReadOnlyList<string> paragraphs, Span<ulong> destination)
    {
        ulong first = 0, second = 0;
        var words = 0;
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var word = WordSeed;
            var inWord = false;
            foreach (var c in paragraph)
            {
                if (c < 0x80)
                {
                    var lower = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                    if ((uint)(lower - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                    {
                        word = (word ^ lower) * WordPrime;
                        inWord = true;
                        continue;
                    }

                    if (c == '\'')
                    {
                        continue;
                    }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    word = (word ^ char.ToLowerInvariant(c)) * WordPrime;
                    inWord = true;
                    continue;
                }
                else if (c is '\u2019' or '\u2018' or '\u02BC')
                {
                    continue;
                }

                if (inWord)
                {
                    EndWord(Fold(Mix(word)), ref first, ref second, ref words, destination, ref count);
                    word = WordSeed;
                    inWord = false;
                }
            }

            if (inWord)
            {
                EndWord(Fold(Mix(word)), ref first, ref second, ref words, destination, ref count);
            }
        }

        if (words is > 0 and < 3)
        {
            destination[count++] = Mix(ulong.RotateLeft(first, 21) ^ second);
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Minimums(ReadOnlySpan<ulong> shingles, uint[] minimums)
    {
        var a = s_multipliers.AsSpan();
        var b = s_seeds.AsSpan();
        Vector256<uint> a0 = Vector256.Create<uint>(a), a1 = Vector256.Create<uint>(a[8..]), a2 = Vector256.Create<uint>(a[16..]), a3 = Vector256.Create<uint>(a[24..]);
        Vector256<uint> a4 = Vector256.Create<uint>(a[32..]), a5 = Vector256.Create<uint>(a[40..]), a6 = Vector256.Create<uint>(a[48..]), a7 = Vector256.Create<uint>(a[56..]);
        Vector256<uint> b0 = Vector256.Create<uint>(b), b1 = Vector256.Create<uint>(b[8..]), b2 = Vector256.Create<uint>(b[16..]), b3 = Vector256.Create<uint>(b[24..]);
        Vector256<uint> b4 = Vector256.Create<uint>(b[32..]), b5 = Vector256.Create<uint>(b[40..]), b6 = Vector256.Create<uint>(b[48..]), b7 = Vector256.Create<uint>(b[56..]);
        var m0 = Vector256<uint>.AllBitsSet;
        Vector256<uint> m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
        foreach (var shingle in shingles)
        {
            var x = Vector256.Create((uint)(shingle ^ (shingle >> 32)));
            m0 = Vector256.Min(m0, (x * a0) + b0);
            m1 = Vector256.Min(m1, (x * a1) + b1);
            m2 = Vector256.Min(m2, (x * a2) + b2);
            m3 = Vector256.Min(m3, (x * a3) + b3);
            m4 = Vector256.Min(m4, (x * a4) + b4);
            m5 = Vector256.Min(m5, (x * a5) + b5);
            m6 = Vector256.Min(m6, (x * a6) + b6);
            m7 = Vector256.Min(m7, (x * a7) + b7);
        }

        var output = minimums.AsSpan();
        m0.CopyTo(output);
        m1.CopyTo(output[8..]);
        m2.CopyTo(output[16..]);
        m3.CopyTo(output[24..]);
        m4.CopyTo(output[32..]);
        m5.CopyTo(output[40..]);
        m6.CopyTo(output[48..]);
        m7.CopyTo(output[56..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(ulong word, ref ulong first, ref ulong second, ref int words, Span<ulong> destination, ref int count)
    {
        words++;
        if (words >= 3)
        {
            destination[count++] = Mix(ulong.RotateLeft(first, 42) ^ ulong.RotateLeft(second, 21) ^ word);
        }

        first = second;
        second = word;
    }

    private static ulong Fold(ulong word)
    {
        for (var at = (int)(word & (FoldTableSize - 1)); s_foldTable[at].Word != 0; at = (at + 1) & (FoldTableSize - 1))
        {
            if (s_foldTable[at].Word == word)
            {
                return s_foldTable[at].Abbreviation;
            }
        }

        return word;
    }

    private static ulong WordHash(string word)
    {
        var hash = WordSeed;
        foreach (var c in word)
        {
            hash = (hash ^ c) * WordPrime;
        }

        return Mix(hash);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        return h ^ (h >> 33);
    }

    private static (ulong, ulong)[] FoldTable()
    {
        var table = new (ulong Word, ulong Abbreviation)[FoldTableSize];
        for (var i = 0; i < s_folds.Length; i += 2)
        {
            var hash = WordHash(s_folds[i]);
            var at = (int)(hash & (FoldTableSize - 1));
            while (table[at].Word != 0)
            {
                at = (at + 1) & (FoldTableSize - 1);
            }

            table[at] = (hash, WordHash(s_folds[i + 1]));
        }

        return table;
    }

    private static uint[] Multipliers()
    {
        var multipliers = Seeds(0xA11C_E5ED_0DD5_EED5UL);
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] |= 1;
        }

        return multipliers;
    }

    private static uint[] Seeds(ulong start)
    {
        var seeds = new uint[64];
        var state = start;
        for (var i = 0; i < 64; i++)
        {
            state += 0x9E3779B97F4A7C15;
            seeds[i] = (uint)(Mix(state) >> 32);
        }

        return seeds;
    }
}
