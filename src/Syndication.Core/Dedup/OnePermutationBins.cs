using System.Numerics;
using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>
/// One-permutation hashing (Li, Owen and Zhang, 2012) with optimal densification (Shrivastava, 2017): the
/// top six bits of each shingle's hash pick one of <see cref="MinHashSignature.Length"/> bins, and the bin
/// keeps the least of 31 other bits of it; a bin no shingle fell into then takes the value of the first
/// non-empty bin in a pseudo-random sequence of bins that depends on nothing but its own number.
/// </summary>
/// <remarks>
/// Two bodies agree on a bin when the least hash of their union in it belongs to both, which happens with
/// probability their Jaccard similarity, as on the minimum of one of 64 hash functions, at the cost of one
/// hash per shingle rather than 64. A short body leaves bins empty (a 40-word story about 35 of 64). An
/// empty bin takes the value of the first non-empty bin of its sequence; the sequence is the same for
/// every body, so for a bin empty in both everything turns on the first bin of its sequence that either
/// filled: they agree when its least hash belongs to both, again with probability their Jaccard
/// similarity, and the estimate stays unbiased. Each step of the sequence is a fresh hash, so each empty
/// bin draws its donor on its own, where taking the next non-empty bin (rotation) would give a run of
/// empty bins one donor and make them agree or disagree together.
/// </remarks>
internal ref struct OnePermutationBins : IShingleSink
{
    /// <summary>The value of a bin no shingle fell into: a value is 31 bits, so no shingle leaves it.</summary>
    public const uint Empty = uint.MaxValue;

    private const int BinShift = 64 - 6;

    private const ulong ProbeSeed = 0xD3E5_17F0_0B15_5EEDUL;

    private readonly Span<uint> _bins;

    /// <param name="bins"><see cref="MinHashSignature.Length"/> long; every bin is set to <see cref="Empty"/>.</param>
    public OnePermutationBins(Span<uint> bins)
    {
        if (bins.Length != MinHashSignature.Length)
        {
            throw new ArgumentException($"One-permutation hashing here has {MinHashSignature.Length} bins, not {bins.Length}.", nameof(bins));
        }

        bins.Fill(Empty);
        _bins = bins;
    }

    // Implementation note: 31 bits of the hash rather than 32, so that no shingle's value is Empty: a
    // one-shingle body whose value were 2^32 - 1 would look empty and match nothing.
    //
    // Implementation note: the minimum without a branch. Whether a shingle lowers its bin cannot be
    // guessed (early in a body, often; later, rarely), and the JIT keeps Math.Min a branch inside a loop:
    // on a thousand different bodies shaped like the bench's, where the branch predictor cannot learn one,
    // a signature took 6.6 µs with the branch and 5.0 without (3.6 either way on one body measured again).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Add(ulong shingle)
    {
        ref var bin = ref _bins[(int)(shingle >> BinShift)];
        var lower = (long)((uint)shingle >> 1) - bin;
        bin += (uint)(lower & (lower >> 63));
    }

    /// <summary>Fills the empty bins from the others; leaves them all <see cref="Empty"/> if no shingle was added.</summary>
    public readonly void Densify()
    {
        var filled = 0UL;
        for (var bin = 0; bin < _bins.Length; bin++)
        {
            filled |= _bins[bin] == Empty ? 0 : 1UL << bin;
        }

        if (filled == 0)
        {
            return;
        }

        for (var empty = ~filled; empty != 0; empty &= empty - 1)
        {
            var bin = BitOperations.TrailingZeroCount(empty);
            var donor = Probe(bin, 1);
            for (var attempt = 2; (filled & (1UL << donor)) == 0; attempt++)
            {
                donor = Probe(bin, attempt);
            }

            _bins[bin] = _bins[donor];
        }
    }

    /// <summary>The <paramref name="attempt"/>th bin that empty bin <paramref name="bin"/> tries to take its value from.</summary>
    internal static int Probe(int bin, int attempt) =>
        (int)(BodyShingles.Mix(ProbeSeed ^ ((ulong)bin << 32) ^ (uint)attempt) >> BinShift);
}
