using Syndication.Core.Decoding;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Normalization;

public sealed class StoryNormalizerTests
{
    private static readonly StoryDraft s_draft = new()
    {
        Format = "plain",
        Headline = "Analysis:\u00A0 \"Twin\" assaults",
        Contributors = [new Contributor(" Nelly\u200B Tawil ", ContributorRole.Editor), new Contributor("Nelly Tawil", ContributorRole.Editor)],
        Dateline = "BEIRUT,  June 1",
        Credit = " Reuters ",
        Rights = new StoryRights(" The Middle East Online ", null, null),
        Paragraphs = ["  First  paragraph. ", "\u200B", "Second -- and last."],
    };

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
        var again = new StoryDraft
        {
            Format = story.Format,
            Headline = story.Headline,
            Contributors = story.Contributors,
            Dateline = story.Dateline,
            Credit = story.Credit,
            Rights = story.Rights,
            Paragraphs = story.Paragraphs,
        };

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

    [Fact]
    public void Normalize_HtmlBody_SanitizesToAllowlistAndReadsParagraphs()
    {
        var story = Normalize(s_draft with
        {
            BodyHtml = "<div class=x onclick=\"alert(1)\"><p>First  <em>word</em> and\u00A0 <a href=\"javascript:alert(1)\">link</a>.</p>"
                + "<script>alert(2)</script><h2>Heading</h2><ul><li>One</li><li>Two</li></ul>Loose <b>text</b><br>after</div>"
                + "<p><a href=\"https://example.com/a?b=1&amp;c=2\">kept</a></p><img src=x onerror=alert(3)>",
        });

        story.BodyHtml.ShouldBe(
            "<p>First <em>word</em> and link.</p><h2>Heading</h2><ul><li>One</li><li>Two</li></ul><p>Loose text<br>after</p>"
            + "<p><a href=\"https://example.com/a?b=1&amp;c=2\">kept</a></p>");
        story.Paragraphs.ShouldBe(["First word and link.", "Heading", "One", "Two", "Loose text after", "kept"]);
    }

    [Fact]
    public void Normalize_HtmlBodyNormalizedAgain_IsUnchanged()
    {
        var story = Normalize(s_draft with { BodyHtml = "<p>\"Quoted\" -- text <strong> bold </strong>end</p>text<table><tr><td>a</td><td>b</td></tr></table>" });

        var again = Normalize(s_draft with { BodyHtml = story.BodyHtml });

        again.BodyHtml.ShouldBe(story.BodyHtml);
        again.Paragraphs.ShouldBe(story.Paragraphs);
        again.Id.ShouldBe(story.Id);
    }

    [Fact]
    public void Normalize_HtmlBodyOfOnlyMarkup_RejectsNoBody() =>
        Rejected(s_draft with { BodyHtml = "<p> </p><script>x()</script><img src=a>" }).Reason.ShouldBe(RejectionReasons.NoBody);

    [Fact]
    public void Normalize_Times_KeepUtcAndOriginalOffset()
    {
        var story = Normalize(s_draft with { Published = new DateTimeOffset(2021, 5, 16, 10, 30, 0, TimeSpan.FromHours(2)) });

        story.Published.ShouldBe(new StoryTime(new DateTime(2021, 5, 16, 8, 30, 0, DateTimeKind.Utc), "+02:00"));
        story.Published!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2021, 5, 16, 10, 30, 0, TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("nb_no", "nb-NO")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("not a tag", null)]
    public void Normalize_Language_WritesBcp47Case(string language, string? expected) =>
        Normalize(s_draft with { Language = language }).Language.ShouldBe(expected);

    [Theory]
    [InlineData("https://example.com/story/1", "https://example.com/story/1")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("urn:newsml:example.com:1", null)]
    public void Normalize_SourceUri_KeepsOnlyWebLinks(string uri, string? expected) =>
        Normalize(s_draft with { SourceUri = uri }).SourceUri.ShouldBe(expected);

    [Fact]
    public void Normalize_UrgencyOutOfRange_DropsItWithDeviation()
    {
        var story = Normalize(s_draft with { Urgency = 12 });

        story.Urgency.ShouldBeNull();
        story.Deviations.ShouldHaveSingleItem().ShouldContain("12");
    }

    [Fact]
    public void Normalize_KillWithoutBody_IsKeptSoTheKillIsNotLost()
    {
        var story = Normalize(s_draft with { Paragraphs = [], PubStatus = PubStatus.Canceled });

        story.Paragraphs.ShouldBeEmpty();
        story.PubStatus.ShouldBe(PubStatus.Canceled);
    }

    [Fact]
    public void Normalize_KillOfSameText_HasAnotherId() =>
        Normalize(s_draft with { PubStatus = PubStatus.Canceled }).Id.ShouldNotBe(Normalize(s_draft).Id);

    [Fact]
    public void Normalize_SubjectsKeywordsPlaces_NormalizedAndDeduplicated()
    {
        var story = Normalize(s_draft with
        {
            Subjects = [new Subject("medtop:04000000", " economy,  business "), new Subject("medtop:04000000", "economy, business"), new Subject(" ", " ")],
            Keywords = ["Syria", "syria ", "\u200B"],
            Places = [new Place(" Beirut ", "geo:276781"), new Place("Beirut", "geo:276781")],
        });

        story.Subjects.ShouldBe([new Subject("medtop:04000000", "economy, business")]);
        story.Keywords.ShouldBe(["Syria"]);
        story.Places.ShouldBe([new Place("Beirut", "geo:276781")]);
    }

    private static Story Normalize(StoryDraft draft) =>
        StoryNormalizer.Normalize(draft).Story.ShouldNotBeNull();

    private static Rejection Rejected(StoryDraft draft) =>
        StoryNormalizer.Normalize(draft).Rejection.ShouldNotBeNull();
}
