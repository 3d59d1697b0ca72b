using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class BodyShinglesTests
{
    [Theory]
    [InlineData("The bank said it's \"cutting\" rates.", "the BANK said it\u2019s \u201Ccutting\u201D   rates")]
    [InlineData("Officials, in a statement -- said: no.", "officials in a statement said no")]
    [InlineData("Profit rose 5 pct to 20 mln dlrs", "Profit rose 5 percent to 20 million dollars")]
    [InlineData("Acme Corp said", "ACME Corporation said")]
    public void Set_SameWordsKeyedDifferently_IsTheSame(string written, string reKeyed) =>
        BodyShingles.Set([written]).SetEquals(BodyShingles.Set([reKeyed])).ShouldBeTrue();

    [Fact]
    public void Set_ParagraphsSplitDifferently_IsTheSame() =>
        BodyShingles.Set(["one two three", "four five"]).SetEquals(BodyShingles.Set(["one two", "three four five"])).ShouldBeTrue();

    [Fact]
    public void Set_WordsInAnotherOrder_Differs() =>
        BodyShingles.Set(["one two three"]).SetEquals(BodyShingles.Set(["three two one"])).ShouldBeFalse();

    [Theory]
    [InlineData("one two three four five", 3)]
    [InlineData("one two", 1)]
    [InlineData("one", 1)]
    [InlineData(" -- \u201C \u201D ", 0)]
    public void Set_BodyOfSomeWords_HasOneShinglePerThreeWordsOrOneForAShortBody(string body, int expected) =>
        BodyShingles.Set([body]).Count.ShouldBe(expected);

    [Fact]
    public void Jaccard_OneShingleOfFourChanged_IsSharedOverUnion()
    {
        // Five words have three shingles; changing the last word changes one of them: 2 shared of 4.
        var jaccard = BodyShingles.Jaccard(BodyShingles.Set(["a b c d e"]), BodyShingles.Set(["a b c d f"]));

        jaccard.ShouldBe(2.0 / 4);
    }
}
