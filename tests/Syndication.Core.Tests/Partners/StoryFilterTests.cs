using Syndication.Core.Decoding;
using Syndication.Core.Partners;
using Syndication.Core.Stories;
using static Syndication.Core.Tests.Partners.PartnerTestData;

namespace Syndication.Core.Tests.Partners;

public sealed class StoryFilterTests
{
    [Fact]
    public void Matches_EmptyFilter_TakesEveryStory()
    {
        StoryFilter.Everything.Matches(Story()).ShouldBeTrue();
        new StoryFilter([], [], null, [], []).Matches(Story(provider: "Reuters", urgency: 9, language: "fr")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Reuters", null, true)]
    [InlineData(null, "REUTERS", true)]
    [InlineData("AP", "reuters", true)]
    [InlineData("AP", "AFP", false)]
    [InlineData(null, null, false)]
    public void Matches_Sources_TakesProviderOrCreditIgnoringCase(string? provider, string? credit, bool expected)
    {
        new StoryFilter(sources: ["reuters", "dpa"]).Matches(Story(provider: provider, credit: credit)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("medtop:11000000", null, true)]
    [InlineData("MEDTOP:11000000", null, true)]
    [InlineData(null, "Politics", true)]
    [InlineData("medtop:04000000", "economy", false)]
    public void Matches_Subjects_TakesAnySubjectsCodeOrNameIgnoringCase(string? code, string? name, bool expected)
    {
        var story = Story(subjects: [new Subject("subj:1", "Other"), new Subject(code, name)]);

        new StoryFilter(subjects: ["medtop:11000000", "politics"]).Matches(story).ShouldBe(expected);
    }

    [Fact]
    public void Matches_SubjectsWhenStoryHasNone_Refuses()
    {
        new StoryFilter(subjects: ["politics"]).Matches(Story()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(9, false)]
    [InlineData(null, true)]
    public void Matches_UrgencyAtMost5_TakesUpTo5AndStoriesWithoutUrgency(int? urgency, bool expected)
    {
        new StoryFilter(urgencyAtMost: 5).Matches(Story(urgency: urgency)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", "en", true)]
    [InlineData("en", "en-GB", true)]
    [InlineData("en", "EN-gb", true)]
    [InlineData("EN", "en-US", true)]
    [InlineData("en", "eng", false)]
    [InlineData("en", "fr", false)]
    [InlineData("en-GB", "en-GB", true)]
    [InlineData("en-GB", "en", false)]
    [InlineData("en-GB", "en-US", false)]
    [InlineData("zh-Hant", "zh-Hant-TW", true)]
    [InlineData("en", null, true)]
    public void Matches_Languages_TakesTheTagAndNarrowerTagsAndStoriesWithoutLanguage(string range, string? language, bool expected)
    {
        new StoryFilter(languages: ["de", range]).Matches(Story(language: language)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(new[] { "Syria", "war" }, true)]
    [InlineData(new[] { "RAQQA" }, true)]
    [InlineData(new[] { "elections" }, false)]
    [InlineData(new string[0], false)]
    public void Matches_Keywords_TakesAnyOfThemIgnoringCase(string[] keywords, bool expected)
    {
        new StoryFilter(keywords: ["raqqa", "war"]).Matches(Story(keywords: keywords)).ShouldBe(expected);
    }

    [Fact]
    public void Matches_SeveralConstraints_NeedsEveryOne()
    {
        var filter = new StoryFilter(sources: ["Reuters"], urgencyAtMost: 3, languages: ["en"], keywords: ["oil"]);
        var story = Story(provider: "Reuters", urgency: 2, language: "en-GB", keywords: ["Oil"]);

        filter.Matches(story).ShouldBeTrue();
        filter.Matches(story with { Urgency = 4 }).ShouldBeFalse();
        filter.Matches(story with { Provider = "AP" }).ShouldBeFalse();
        filter.Matches(story with { Language = "ar" }).ShouldBeFalse();
        filter.Matches(story with { Keywords = ["gas"] }).ShouldBeFalse();
    }

    [Fact]
    public void Matches_Seed_PassesWorldFeedOfTheIssue()
    {
        var seed = StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;
        var world = new StoryFilter([], [], 5, ["en"], []);

        world.Matches(seed).ShouldBeTrue();
        new StoryFilter(sources: ["The Middle East Online"]).Matches(seed).ShouldBeTrue();
        new StoryFilter(sources: ["Reuters"]).Matches(seed).ShouldBeFalse();
    }
}
