using CsCheck;
using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class OnePermutationBinsTests
{
    [Fact]
    public void Add_ShinglesInAnyOrderWithRepeats_GivesTheSameBins() =>
        Gen.ULong.Array[0, 200]
            .SelectMany(shingles => Gen.Shuffle(shingles.Concat(shingles.Take(7)).ToArray()).Select(shuffled => (shingles, shuffled)))
            .Sample(pair => Densified(pair.shuffled).ShouldBe(Densified(pair.shingles)), iter: 500);

    [Fact]
    public void Add_AnyShingles_KeepsInEachBinTheLeastValueOfItsShingles() =>
        Gen.ULong.Array[0, 300].Sample(shingles =>
        {
            var least = Enumerable.Range(0, MinHashSignature.Length).Select(bin => shingles
                .Where(shingle => (int)(shingle >> 58) == bin)
                .Select(shingle => (uint)shingle >> 1)
                .DefaultIfEmpty(OnePermutationBins.Empty)
                .Min());

            Bins(shingles).ShouldBe(least);
        }, iter: 2_000);

    [Fact]
    public void Densify_FewShingles_FillsEveryEmptyBinFromAFilledOne()
    {
        Gen.ULong.Array[1, 40].Sample(shingles =>
        {
            var filled = Bins(shingles);
            var densified = Densified(shingles);

            densified.ShouldNotContain(OnePermutationBins.Empty);
            for (var bin = 0; bin < MinHashSignature.Length; bin++)
            {
                if (filled[bin] != OnePermutationBins.Empty)
                {
                    densified[bin].ShouldBe(filled[bin]);
                }
                else
                {
                    filled.ShouldContain(densified[bin]);
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void Densify_OneShingle_GivesEveryBinItsValue()
    {
        var densified = Densified([0x0123_4567_89AB_CDEFUL]);

        densified.Distinct().ShouldHaveSingleItem().ShouldBe(0x89AB_CDEFU >> 1);
    }

    [Fact]
    public void Densify_NoShingle_LeavesEveryBinEmpty() =>
        Densified([]).ShouldBe(Enumerable.Repeat(OnePermutationBins.Empty, MinHashSignature.Length));

    [Fact]
    public void Densify_BinEmptyInBoth_TakesTheValueOfTheFirstBinOfItsSequenceEitherFilled()
    {
        // Two sets of three shingles, in bins 0, 1, 2 and 0, 1, 3, sharing the first two.
        ulong Shingle(int bin, uint value) => ((ulong)bin << 58) | ((ulong)value << 1);
        var a = Densified([Shingle(0, 10), Shingle(1, 11), Shingle(2, 12)]);
        var b = Densified([Shingle(0, 10), Shingle(1, 11), Shingle(3, 13)]);

        for (var bin = 4; bin < MinHashSignature.Length; bin++)
        {
            var first = Enumerable.Range(1, 10_000).Select(attempt => OnePermutationBins.Probe(bin, attempt)).First(donor => donor < 4);
            (a[bin] == b[bin]).ShouldBe(first < 2, $"bin {bin} draws from bin {first} first");
        }
    }

    [Fact]
    public void Probe_AnyBin_ReachesEveryBin()
    {
        for (var bin = 0; bin < MinHashSignature.Length; bin++)
        {
            Enumerable.Range(1, 2_000).Select(attempt => OnePermutationBins.Probe(bin, attempt)).Distinct().Count().ShouldBe(MinHashSignature.Length);
        }
    }

    private static uint[] Bins(ulong[] shingles)
    {
        var bins = new uint[MinHashSignature.Length];
        var sink = new OnePermutationBins(bins);
        foreach (var shingle in shingles)
        {
            sink.Add(shingle);
        }

        return bins;
    }

    private static uint[] Densified(ulong[] shingles)
    {
        var bins = new uint[MinHashSignature.Length];
        var sink = new OnePermutationBins(bins);
        foreach (var shingle in shingles)
        {
            sink.Add(shingle);
        }

        sink.Densify();
        return bins;
    }
}
