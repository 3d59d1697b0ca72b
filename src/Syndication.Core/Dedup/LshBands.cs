namespace Syndication.Core.Dedup;

/// <summary>
/// How an <see cref="LshBandIndex"/> cuts a signature into bands: two stories become candidates when all
/// <see cref="Rows"/> minimums of at least one of the <see cref="Bands"/> bands agree.
/// </summary>
/// <remarks>
/// For stories whose bodies have Jaccard similarity s, one band agrees with probability s^r, so they
/// become candidates with probability P(s) = 1 − (1 − s^r)^b: an S-curve that rises most steeply near
/// (1/b)^(1/r). <see cref="ForThreshold"/> takes r = 2 and the fewest bands, at most
/// <see cref="MaxBands"/>, for which P(threshold) ≥ <see cref="TargetRecall"/>:
/// b = ⌈ln(1 − 0.97) / ln(1 − t²)⌉. Candidates are then confirmed by their estimated similarity, so a
/// curve that also admits some pairs below the threshold costs only a comparison each; a pair above it
/// that never becomes a candidate is lost. For the default 0.5: b = 12 (capped; 13 would reach 0.97),
/// P(0.3) = 0.68, P(0.4) = 0.88, P(0.5) = 0.968, P(0.6) = 0.995, P(0.7) = 0.9996.
/// </remarks>
public readonly record struct LshBands
{
    /// <summary>
    /// Rows per band. Implementation note: the index keeps 16 bits of each minimum, so two rows make a
    /// 32-bit band key: unrelated stories share it with probability 2^-32, and a band of one row would
    /// put every story in a bucket with one in 65,536 others. More rows would serve high thresholds with
    /// fewer false candidates, but those are few among news stories and cost only a comparison each.
    /// </summary>
    public const int RowsPerBand = 2;

    /// <summary>The most bands: each costs about 5 bytes per indexed story and one probe per lookup.</summary>
    public const int MaxBands = 12;

    /// <summary>The probability with which a pair at exactly the threshold must become a candidate.</summary>
    public const double TargetRecall = 0.97;

    private LshBands(int bands, int rows)
    {
        Bands = bands;
        Rows = rows;
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <param name="threshold">The least Jaccard similarity of two near duplicates, in (0, 1].</param>
    public static LshBands ForThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var perBand = Math.Pow(threshold, RowsPerBand);
        var bands = perBand >= 1 ? 1 : Math.Ceiling(Math.Log(1 - TargetRecall) / Math.Log(1 - perBand));
        return new LshBands((int)Math.Clamp(bands, 1, MaxBands), RowsPerBand);
    }

    /// <summary>P(s): the probability that two stories whose bodies have Jaccard similarity <paramref name="similarity"/> become candidates.</summary>
    public double CandidateProbability(double similarity) => 1 - Math.Pow(1 - Math.Pow(similarity, Rows), Bands);
}
