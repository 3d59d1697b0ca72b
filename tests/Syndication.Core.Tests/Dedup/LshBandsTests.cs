using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class LshBandsTests
{
    [Theory]
    [InlineData(0.3, 12)]
    [InlineData(0.5, 12)]
    [InlineData(0.6, 8)]
    [InlineData(0.7, 6)]
    [InlineData(0.8, 4)]
    [InlineData(1.0, 1)]
    public void ForThreshold_Threshold_TakesTheFewestBandsOfTwoRowsThatReachTheTarget(double threshold, int bands)
    {
        var lsh = LshBands.ForThreshold(threshold);

        lsh.ShouldBe(LshBands.ForThreshold(threshold));
        (lsh.Bands, lsh.Rows).ShouldBe((bands, 2));
        if (bands < LshBands.MaxBands)
        {
            lsh.CandidateProbability(threshold).ShouldBeGreaterThanOrEqualTo(LshBands.TargetRecall);
        }
    }

    [Theory]
    [InlineData(0.3, 0.678)]
    [InlineData(0.4, 0.877)]
    [InlineData(0.5, 0.968)]
    [InlineData(0.6, 0.995)]
    [InlineData(0.05, 0.030)]
    public void CandidateProbability_DefaultThreshold_FollowsTheSCurve(double similarity, double expected) =>
        LshBands.ForThreshold(0.5).CandidateProbability(similarity).ShouldBe(expected, 0.001);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void ForThreshold_OutOfRange_Throws(double threshold) =>
        Should.Throw<ArgumentOutOfRangeException>(() => LshBands.ForThreshold(threshold));
}
