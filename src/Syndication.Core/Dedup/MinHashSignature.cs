using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Syndication.Core.Stories;

namespace Syndication.Core.Dedup;

/// <summary>
/// The MinHash signature of a story's body: for each of <see cref="Length"/> hash functions, the least
/// hash of any of the body's <see cref="BodyShingles"/>. The share of positions where two signatures agree
/// estimates the Jaccard similarity of the two bodies' shingle sets. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Implementation note: k = 64 independent hash functions, each the MurmurHash3 32-bit finalizer of the
/// shingle's hash XOR-ed with its own seed, rather than one-permutation hashing: wire stories are often
/// shorter than 64 shingles, where one-permutation hashing leaves most bins empty and its densification
/// correlates them. 64 and not 128: the index keeps and compares 64 (see <see cref="LshBandIndex"/>), and
/// the other 64 doubled the cost of every stored story (15.6 µs for a 2 KB story at 128) for a tighter
/// estimate nothing used. The functions are computed eight lanes at a time; the estimate's standard
/// error is √(J(1−J)/64), 0.0625 at J = 0.5. Version 1 signatures had 128.
/// </remarks>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    /// <summary>The number of hash functions, and of 32-bit minimums in a signature.</summary>
    public const int Length = 64;

    /// <summary>
    /// The version of the shingling and hashing written first by <see cref="ToBytes"/>: signatures of
    /// different versions are not comparable, so a store holding older ones must recompute them.
    /// </summary>
    public const byte Version = 2;

    /// <summary>The length of <see cref="ToBytes"/>: the version byte, then the minimums, little-endian.</summary>
    public const int ByteLength = 1 + (Length * sizeof(uint));

    private static readonly uint[] s_seeds = Seeds();

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
        var lanes = Vector<uint>.Count;

        // Implementation note: one block of lanes at a time over all the shingles, so the block's
        // minimums and seeds stay in registers and the shingles in the L1 cache.
        for (var block = 0; block < Length; block += lanes)
        {
            var seeds = new Vector<uint>(s_seeds.AsSpan(block, lanes));
            var least = new Vector<uint>(uint.MaxValue);
            foreach (var shingle in shingles)
            {
                var h = new Vector<uint>((uint)shingle) ^ seeds;
                h ^= h >>> 16;
                h *= 0x85EBCA6Bu;
                h ^= h >>> 13;
                h *= 0xC2B2AE35u;
                h ^= h >>> 16;
                least = Vector.Min(least, h);
            }

            least.CopyTo(minimums.AsSpan(block, lanes));
        }

        return new MinHashSignature(minimums);
    }

    // Fixed for all time (with the Version): a signature persisted today must compare with one computed tomorrow.
    private static uint[] Seeds()
    {
        var seeds = new uint[Length];
        var state = 0x5EED_D0D0_CAFE_F00DUL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15;
            seeds[i] = (uint)(BodyShingles.Mix(state) >> 32);
        }

        return seeds;
    }
}
