using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Syndication.Core.Stories;

namespace Syndication.Core.Dedup;

/// <summary>
/// The MinHash signature of a story's body: <see cref="Length"/> minimums of the hashes of the body's
/// <see cref="BodyShingles"/>, each over its own share of them. The share of positions where two signatures
/// agree estimates the Jaccard similarity of the two bodies' shingle sets. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Implementation note: since version 4, one-permutation hashing with optimal densification
/// (<see cref="OnePermutationBins"/>): one hash per shingle, where version 3 computed 64 hash functions
/// a·x + b mod 2^32 of each, a fifth of a signature's time and a quarter once the words were read a window
/// at a time (<see cref="WordReader"/>). What held version 3 back, that a short body leaves most bins
/// empty, costs little: on 12,000 Reuters-21578 bodies and edited copies the estimate's root-mean-square
/// error is 0.051 against 0.042 for unions of 9 to 16 shingles, 0.055 against 0.051 for 17 to 32, the same
/// from 49 to 64, and lower above (0.044 against 0.050 for 129 to 256: each shingle is drawn into one bin,
/// a sample without replacement); unbiased at every length, and <c>eval dedup</c> gives the same precision
/// and recall (see the README's Near duplicates). 64 minimums and not 128: the index keeps and compares 64
/// (see <see cref="LshBandIndex"/>). The estimate's standard error is about √(J(1−J)/64), 0.0625 at J = 0.5.
/// </remarks>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    /// <summary>The number of bins, and of 32-bit minimums in a signature.</summary>
    public const int Length = 64;

    /// <summary>
    /// The version of the shingling and hashing written first by <see cref="ToBytes"/>: signatures of
    /// different versions are not comparable, so a store holding older ones must recompute them.
    /// </summary>
    public const byte Version = 4;

    /// <summary>The length of <see cref="ToBytes"/>: the version byte, then the minimums, little-endian.</summary>
    public const int ByteLength = 1 + (Length * sizeof(uint));

    private readonly uint[] _minimums;

    private MinHashSignature(uint[] minimums)
    {
        _minimums = minimums;
        IsEmpty = Array.TrueForAll(minimums, minimum => minimum == uint.MaxValue);
    }

    /// <summary>The signature of a body without words: it matches nothing, not even another empty one.</summary>
    public bool IsEmpty { get; }

    /// <summary>The minimums, one per bin.</summary>
    public ReadOnlySpan<uint> Minimums => _minimums;

    /// <summary>The signature of <paramref name="story"/>'s body; the headline, dateline and rights are left out, as desks rewrite them.</summary>
    public static MinHashSignature Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return Of(story.Paragraphs);
    }

    /// <summary>The signature of a body given as its normalized paragraphs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    public static MinHashSignature Of(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var minimums = new uint[Length];
        var bins = new OnePermutationBins(minimums);
        BodyShingles.Hash(paragraphs, ref bins);
        bins.Densify();
        return new MinHashSignature(minimums);
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
}
