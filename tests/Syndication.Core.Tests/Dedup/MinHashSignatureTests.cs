using CsCheck;
using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class MinHashSignatureTests
{
    private static readonly Gen<string[]> s_bodies = Gen.OneOf("bank", "rates", "Rose", "it's", "\u201Cno\u201D", "5", "pct", "-", "caf\u00E9")
        .Array[0, 40]
        .Select(words => string.Join(' ', words))
        .Array[1, 4];

    [Fact]
    public void Of_SameBody_GivesTheSameSignature() =>
        s_bodies.Sample(body => MinHashSignature.Of(body).ShouldBe(MinHashSignature.Of([.. body])), iter: 2_000);

    [Fact]
    public void Of_BodyWithCaseQuotesAndSpacingChanged_GivesTheSameSignature() =>
        s_bodies.Sample(
            body =>
            {
                var reKeyed = body.Select(p => p.ToUpperInvariant().Replace('\u201C', '"').Replace('\u201D', '"').Replace("'", "\u2019", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal));
                MinHashSignature.Of([.. reKeyed]).ShouldBe(MinHashSignature.Of(body));
            },
            iter: 2_000);

    [Fact]
    public void FromBytes_OfToBytes_IsTheSameSignature() =>
        s_bodies.Sample(body =>
        {
            var signature = MinHashSignature.Of(body);
            var bytes = signature.ToBytes();

            bytes.Length.ShouldBe(MinHashSignature.ByteLength);
            MinHashSignature.FromBytes(bytes).ShouldBe(signature);
        });

    [Theory]
    [InlineData(0)]
    [InlineData(MinHashSignature.ByteLength - 1)]
    public void FromBytes_WrongLength_Throws(int length) =>
        Should.Throw<FormatException>(() => MinHashSignature.FromBytes(new byte[length]));

    [Fact]
    public void FromBytes_OtherVersion_Throws()
    {
        var bytes = MinHashSignature.Of(["a b c"]).ToBytes();
        bytes[0] = MinHashSignature.Version + 1;

        Should.Throw<FormatException>(() => MinHashSignature.FromBytes(bytes));
    }

    [Fact]
    public void EstimateJaccard_ReKeyedSeed_IsCloseToTheExactJaccard()
    {
        var seed = DedupStories.Seed().Paragraphs;
        var copy = DedupStories.ReKeyedSeed();
        var exact = BodyShingles.Jaccard(BodyShingles.Set(seed), BodyShingles.Set(copy));

        // Two and a half standard errors of a 64-minimum estimate: √(J(1−J)/64) is at most 0.05 for J in [0.6, 0.95].
        MinHashSignature.Of(seed).EstimateJaccard(MinHashSignature.Of(copy)).ShouldBe(exact, 0.13);
        exact.ShouldBeInRange(0.6, 0.95);
    }

    [Fact]
    public void EstimateJaccard_ShortBodies_IsUnbiased()
    {
        // 30 words make 28 shingles, which leave about 41 of the 64 bins empty: the densification fills
        // them. The estimate's error over 400 pairs: its mean (whose standard error is about 0.003) and
        // its root mean square (about 0.055; √(J(1−J)/64) is at most 0.0625).
        var random = new Random(9);
        var errors = new List<double>();
        for (var pair = 0; pair < 400; pair++)
        {
            var body = DedupStories.RandomBody(random, words: 30);
            var words = body[0].Split(' ');
            var changed = random.Next(11);
            for (var i = 0; i < changed; i++)
            {
                words[random.Next(words.Length)] = "replaced" + i;
            }

            List<string> copy = [string.Join(' ', words)];
            var exact = BodyShingles.Jaccard(BodyShingles.Set(body), BodyShingles.Set(copy));
            errors.Add(MinHashSignature.Of(body).EstimateJaccard(MinHashSignature.Of(copy)) - exact);
        }

        errors.Average().ShouldBe(0, 0.01);
        Math.Sqrt(errors.Average(error => error * error)).ShouldBeLessThan(0.08);
    }

    [Fact]
    public void EstimateJaccard_UnrelatedBodies_IsNearZero()
    {
        var random = new Random(1);

        MinHashSignature.Of(DedupStories.Seed()).EstimateJaccard(MinHashSignature.Of(DedupStories.RandomBody(random))).ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Of_BodyWithoutWords_IsEmptyAndMatchesNothing()
    {
        var empty = MinHashSignature.Of(["\u2014 \u201C\u201D"]);

        empty.IsEmpty.ShouldBeTrue();
        empty.EstimateJaccard(MinHashSignature.Of(["..."])).ShouldBe(0);
    }
}
