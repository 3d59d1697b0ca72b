using CsCheck;
using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Core.Tests.Versions;

public sealed class VersionRankTests
{
    [Fact]
    public void CompareTo_KillOutranksAnyVersion() =>
        (Rank(version: 1, kill: true) > Rank(version: 99, correction: true)).ShouldBeTrue();

    [Fact]
    public void CompareTo_HigherVersionOutranksLaterUpdate() =>
        (Rank(version: 3, updated: 1) > Rank(version: 2, updated: 9)).ShouldBeTrue();

    [Fact]
    public void CompareTo_SameVersion_LaterUpdateThenCorrectionWins()
    {
        (Rank(version: 2, updated: 5) > Rank(version: 2, updated: 4, correction: true)).ShouldBeTrue();
        (Rank(version: 2, updated: 5, correction: true, id: "a") > Rank(version: 2, updated: 5, id: "b")).ShouldBeTrue();
    }

    [Fact]
    public void Max_AnyArrivalOrder_PicksTheSameVersion()
    {
        var rank = Gen.Select(Gen.Bool, Gen.Long[0, 4], Gen.Long[0, 4], Gen.Bool, Gen.String[Gen.Char["abcdef"], 1, 4])
            .Select((kill, version, updated, correction, id) => new VersionRank(kill, version, updated, correction, id));

        Gen.Select(rank.List[1, 8], Gen.Int).Sample((versions, seed) =>
        {
            var shuffled = versions.OrderBy(_ => new Random(seed).Next()).ToList();
            var Winner = (IEnumerable<VersionRank> arrivals) => arrivals.Aggregate((current, next) => next > current ? next : current);

            Winner(shuffled).ShouldBe(Winner(versions));
        }, iter: 5_000);
    }

    [Fact]
    public void Of_Story_ReadsStatusVersionAndUpdate()
    {
        var story = Story() with
        {
            PubStatus = PubStatus.Canceled,
            Version = 4,
            Updated = new StoryTime(new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc), "+02:00"),
            IsCorrection = true,
        };

        VersionRank.Of(story).ShouldBe(new VersionRank(true, 4, 1_767_225_601_000, true, story.Id));
    }

    [Fact]
    public void ItemId_VersionsOfOneSourceItem_Agree()
    {
        var first = Story() with { SourceId = "urn:newsml:example.com:1", Provider = "Example", Version = 1 };
        var second = first with { Id = "another-content", Headline = "CORRECTED headline", Slug = "corrected-headline", Version = 2 };

        ItemId.Of(second).ShouldBe(ItemId.Of(first));
        ItemId.Of(first with { SourceId = "urn:newsml:example.com:2" }).ShouldNotBe(ItemId.Of(first));
    }

    [Fact]
    public void ItemId_PlainCopy_IsItsSlugWithinItsCredit()
    {
        var story = Story() with { Credit = "Reuters" };

        ItemId.Of(story with { Id = "changed", Paragraphs = ["Changed body."] }).ShouldBe(ItemId.Of(story));
        ItemId.Of(story with { Credit = "AP" }).ShouldNotBe(ItemId.Of(story));
        ItemId.Of(story).Length.ShouldBe(32);
    }

    private static VersionRank Rank(long version = 0, long updated = 0, bool kill = false, bool correction = false, string id = "x") =>
        new(kill, version, updated, correction, id);

    private static Story Story() => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        Headline = "Rebels take the town",
        Paragraphs = ["Body."],
        Slug = "rebels-take-the-town",
        Format = "plain",
    };
}
