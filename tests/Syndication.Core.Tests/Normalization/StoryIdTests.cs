using System.Security.Cryptography;
using System.Text;
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

    [Fact]
    public void Compute_Story_HashesItsCanonicalLines()
    {
        var story = s_story with
        {
            Headline = "Caf\u00E9 \u201Cnoir\u201D \uD83D\uDE00",
            Contributors = [new Contributor("Nelly Tawil", ContributorRole.Editor), new Contributor("Ann Lee", ContributorRole.Reporter)],
            Dateline = string.Empty,
            Rights = new StoryRights("The Middle East Online", null, "Web only"),
        };

        // Lengths count UTF-16 code units; the bytes hashed are UTF-8. Ids are stored, so this never changes.
        const string Canonical =
            "syndication-story/1\n" +
            "headline 14:Caf\u00E9 \u201Cnoir\u201D \uD83D\uDE00\n" +
            "subheadline -\n" +
            "contributors 1:2\n" +
            "name 11:Nelly Tawil\nrole 6:Editor\n" +
            "name 7:Ann Lee\nrole 8:Reporter\n" +
            "dateline 0:\n" +
            "credit -\n" +
            "exclusive-to 22:The Middle East Online\n" +
            "copyright -\n" +
            "usage-terms 8:Web only\n" +
            "paragraphs 1:2\n" +
            "p 4:One.\n" +
            "p 4:Two.\n";

        StoryId.Compute(story).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)))[..32]);
    }
}
