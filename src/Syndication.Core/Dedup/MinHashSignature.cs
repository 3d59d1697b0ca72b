using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Syndication.Core.Stories;

namespace Syndication.Core.Dedup;

/// <summary>
/// The MinHash signature of a story's body: for each of <see cref="Length"/> hash functions, the least
/// hash of any of the body's <see cref="BodyShingles"/>. The share of positions where two signatures agree
/// estimates the Jaccard similarity of the two bodies' shingle sets. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Implementation note: k = 64 hash functions h(x) = a·x + b mod 2^32, with a random odd multiplier a
/// and offset b each, over the 32-bit fold of the shingle's (already well mixed) 64-bit hash, rather than
/// one-permutation hashing: wire stories are often shorter than 64 shingles, where one-permutation
/// hashing leaves most bins empty and its densification correlates them. A multiply-add is a weak family
/// on structured input, but the shingle hashes are not structured, and it costs a third of the MurmurHash3
/// finalizer version 2 used, with the same evaluation figures. 64 and not 128: the index keeps and
/// compares 64 (see <see cref="LshBandIndex"/>), and the other 64 doubled the cost of every stored story
/// for a tighter estimate nothing used (version 1). The functions are computed eight lanes at a time; the
/// estimate's standard error is √(J(1−J)/64), 0.0625 at J = 0.5.
/// </remarks>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    /// <summary>The number of hash functions, and of 32-bit minimums in a signature.</summary>
    public const int Length = 64;

    /// <summary>
    /// The version of the shingling and hashing written first by <see cref="ToBytes"/>: signatures of
    /// different versions are not comparable, so a store holding older ones must recompute them.
    /// </summary>
    public const byte Version = 3;

    /// <summary>The length of <see cref="ToBytes"/>: the version byte, then the minimums, little-endian.</summary>
    public const int ByteLength = 1 + (Length * sizeof(uint));

    private static readonly uint[] s_seeds = Seeds(0x5EED_D0D0_CAFE_F00DUL);

    private static readonly uint[] s_multipliers = Multipliers();

    private readonly uint[] _minimums;

    private MinHashSignature(uint[] minimums)
    {
        _minimums = minimums;
        IsEmpty = Array.TrueForAll(minimums, minimum => minimum == uint.MaxValue);
    }

    /// <summary>The signature of a body without words: it matches nothing, not even another empty one.</summary>
    public bool IsEmpty { get; }

    /// <summary>The minimums, one per hash function.</summary>
    public ReadOnlySpan<uint> Minimums => _minimums;

    /// <summary>The signature of <paramref name="story"/>'s body; the headline, dateline and rights are left out, as desks rewrite them.</summary>
    public static MinHashSignature Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return Of(story.Paragraphs);
    }

    /// <summary>The signature of a body given as its normalized paragraphs.</summary>
    public static MinHashSignature Of(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var buffer = ArrayPool<ulong>.Shared.Rent(BodyShingles.MaxCount(paragraphs));
        try
        {
            var shingles = buffer.AsSpan(0, BodyShingles.Hash(paragraphs, buffer));
            return OfShingles(shingles);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a signature of this <see cref="Version"/>.</exception>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength || bytes[0] != Version)
        {
            throw new FormatException(
                $"A version {Version} signature is {ByteLength} bytes starting with {Version}; these are {bytes.Length} bytes starting with {(bytes.IsEmpty ? "nothing" : bytes[0])}.");
        }

        var minimums = new uint[Length];
        for (var i = 0; i < Length; i++)
        {
            minimums[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(1 + (i * sizeof(uint)))..]);
        }

        return new MinHashSignature(minimums);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        bytes[0] = Version;
        for (var i = 0; i < Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1 + (i * sizeof(uint))), _minimums[i]);
        }

        return bytes;
    }

    /// <summary>The estimated Jaccard similarity of the two bodies: the share of agreeing minimums; 0 if either is empty.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var agreeing = 0;
        for (var i = 0; i < Length; i++)
        {
            agreeing += _minimums[i] == other._minimums[i] ? 1 : 0;
        }

        return (double)agreeing / Length;
    }

    public bool Equals(MinHashSignature? other) => other is not null && _minimums.AsSpan().SequenceEqual(other._minimums);

    public override bool Equals(object? obj) => Equals(obj as MinHashSignature);

    public override int GetHashCode() => HashCode.Combine(_minimums[0], _minimums[1], _minimums[2], _minimums[3]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    internal static MinHashSignature OfShingles(ReadOnlySpan<ulong> shingles)
    {
        var minimums = new uint[Length];
        if (Vector256.IsHardwareAccelerated && Length == 64)
        {
            OfShinglesInOnePass(shingles, minimums);
        }
        else
        {
            OfShinglesByBlocks(shingles, minimums);
        }

        return new MinHashSignature(minimums);
    }

    /// <summary>The portable way: one block of vector lanes at a time over all the shingles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void OfShinglesByBlocks(ReadOnlySpan<ulong> shingles, uint[] minimums)
    {
        var lanes = Vector<uint>.Count;
        for (var block = 0; block < Length; block += lanes)
        {
            var multipliers = new Vector<uint>(s_multipliers.AsSpan(block, lanes));
            var seeds = new Vector<uint>(s_seeds.AsSpan(block, lanes));
            var least = new Vector<uint>(uint.MaxValue);
            foreach (var shingle in shingles)
            {
                least = Vector.Min(least, (new Vector<uint>((uint)(shingle ^ (shingle >> 32))) * multipliers) + seeds);
            }

            least.CopyTo(minimums.AsSpan(block, lanes));
        }
    }

    // Implementation note: all 64 minimums in eight 256-bit registers, so the shingles are read once and
    // each is broadcast once; a block at a time read them eight times and cost twice as much.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void OfShinglesInOnePass(ReadOnlySpan<ulong> shingles, uint[] minimums)
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
        var seeds = new uint[Length];
        var state = start;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15;
            seeds[i] = (uint)(BodyShingles.Mix(state) >> 32);
        }

        return seeds;
    }
}
