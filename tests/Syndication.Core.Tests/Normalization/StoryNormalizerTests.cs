using Syndication.Core.Decoding;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Normalization;

public sealed class StoryNormalizerTests
{
    private static readonly StoryDraft s_draft = new(
        "Analysis:\u00A0 \"Twin\" assaults",
        [new Contributor(" Nelly\u200B Tawil ", ContributorRole.Editor), new Contributor("Nelly Tawil", ContributorRole.Editor)],
        "BEIRUT,  June 1",
        " Reuters ",
        new StoryRights(" The Middle East Online ", null, null),
        ["  First  paragraph. ", "\u200B", "Second -- and last."]);

    [Fact]
    public void Normalize_Draft_NormalizesEveryTextField()
    {
        var story = Normalize(s_draft);

        story.Headline.ShouldBe("Analysis: \u201CTwin\u201D assaults");
        story.Contributors.ShouldBe([new Contributor("Nelly Tawil", ContributorRole.Editor)]);
        story.Dateline.ShouldBe("BEIRUT, June 1");
        story.Credit.ShouldBe("Reuters");
        story.Rights.ExclusiveTo.ShouldBe("The Middle East Online");
        story.Paragraphs.ShouldBe(["First paragraph.", "Second \u2014 and last."]);
    }

    [Fact]
    public void Normalize_Draft_DerivesKickerWordCountSlugAndId()
    {
        var story = Normalize(s_draft);

        story.Kicker.ShouldBe("Analysis");
        story.WordCount.ShouldBe(5);
        story.Slug.ShouldBe("analysis-twin-assaults");
        story.Id.ShouldBe(StoryId.Compute(story));
        story.Format.ShouldBe("plain");
    }

    [Fact]
    public void Normalize_NormalizedStoryAgain_KeepsId()
    {
        var story = Normalize(s_draft);
        var again = new StoryDraft(story.Headline, story.Contributors, story.Dateline, story.Credit, story.Rights, story.Paragraphs);

        var renormalized = Normalize(again);

        renormalized.Id.ShouldBe(story.Id);
        renormalized.Paragraphs.ShouldBe(story.Paragraphs);
    }

    [Fact]
    public void Normalize_NoRights_KeepsNone() =>
        Normalize(s_draft with { Rights = new StoryRights(" ", null, null) }).Rights.ShouldBeSameAs(StoryRights.None);

    [Fact]
    public void Normalize_NonLatinHeadline_FallsBackToIdForSlug()
    {
        var story = Normalize(s_draft with { Headline = "مرحبا" });

        story.Slug.ShouldBe(story.Id);
    }

    [Fact]
    public void Normalize_HeadlineNormalizesAway_RejectsNoHeadline() =>
        Rejected(s_draft with { Headline = "\u0001\u200B" }).Reason.ShouldBe(RejectionReasons.NoHeadline);

    [Fact]
    public void Normalize_BodyNormalizesAway_RejectsNoBody()
    {
        var rejection = Rejected(s_draft with { Paragraphs = ["\u0007", "\uD800"] });

        rejection.Reason.ShouldBe(RejectionReasons.NoBody);
        rejection.Stage.ShouldBe(RejectionStages.Normalize);
    }

    private static Story Normalize(StoryDraft draft) =>
        StoryNormalizer.Normalize(draft, "plain").Story.ShouldNotBeNull();

    private static Rejection Rejected(StoryDraft draft) =>
        StoryNormalizer.Normalize(draft, "plain").Rejection.ShouldNotBeNull();
}
