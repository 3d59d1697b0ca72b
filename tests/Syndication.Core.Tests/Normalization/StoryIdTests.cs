using Syndication.Core.Normalization;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Normalization;

public sealed class StoryIdTests
{
    private static readonly Story s_story = new()
    {
        Id = string.Empty,
        Headline = "Headline",
        Contributors = [new Contributor("Nelly Tawil", ContributorRole.Editor)],
        Paragraphs = ["One.", "Two."],
        Slug = "headline",
        Format = "plain",
    };

    [Fact]
    public void Compute_Story_Is32LowerCaseHex() =>
        StoryId.Compute(s_story).ShouldMatch("^[0-9a-f]{32}$");

    [Fact]
    public void Compute_DerivedValuesAndFormat_DoNotChangeId() =>
        StoryId.Compute(s_story with { Kicker = "K", Slug = "other", WordCount = 9, Format = "nitf" })
            .ShouldBe(StoryId.Compute(s_story));

    [Fact]
    public void Compute_ParagraphBoundaryMoved_ChangesId() =>
        StoryId.Compute(s_story with { Paragraphs = ["One.Two."] }).ShouldNotBe(StoryId.Compute(s_story));

    [Fact]
    public void Compute_TextMovedBetweenFields_ChangesId() =>
        StoryId.Compute(s_story with { Headline = "Headline One.", Paragraphs = ["Two."] })
            .ShouldNotBe(StoryId.Compute(s_story with { Headline = "Headline", Paragraphs = ["One. Two."] }));

    [Fact]
    public void Compute_EmptyValueAndMissingValue_Differ() =>
        StoryId.Compute(s_story with { Dateline = string.Empty }).ShouldNotBe(StoryId.Compute(s_story));

    [Fact]
    public void Compute_ContributorRole_ChangesId() =>
        StoryId.Compute(s_story with { Contributors = [new Contributor("Nelly Tawil", ContributorRole.Author)] })
            .ShouldNotBe(StoryId.Compute(s_story));

    [Fact]
    public void Compute_Rights_ChangeId() =>
        StoryId.Compute(s_story with { Rights = new StoryRights("The Middle East Online", null, null) })
            .ShouldNotBe(StoryId.Compute(s_story));
}
