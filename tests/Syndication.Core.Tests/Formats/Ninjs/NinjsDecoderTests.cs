using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Ninjs;

public sealed class NinjsDecoderTests
{
    private static Story Accepted(string path) => StoryDecoder.Decode(SharedFiles.ReadBytes(path)).Story.ShouldNotBeNull();

    private static DecodeResult Decode(string json) => StoryDecoder.Decode(Encoding.UTF8.GetBytes(json));

    private static Story AcceptedJson(string json) => Decode(json).Story.ShouldNotBeNull();

    private static Rejection Refused(string json) => Decode(json).Rejection.ShouldNotBeNull();

    [Fact]
    public void Decode_SuperdeskNinjs_ReadsEveryFieldItGives()
    {
        var story = Accepted("corpora/superdesk/ninjs/ninjs1.json");

        story.Headline.ShouldBe("headline");
        story.Contributors.ShouldBe([new Contributor("John", ContributorRole.Author)]);
        story.Published!.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2017-08-24T04:37:19+00:00"));
        story.Updated!.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2017-08-24T04:38:34+00:00"));
        story.Urgency.ShouldBe(3);
        story.Version.ShouldBe(2);
        story.PubStatus.ShouldBe(PubStatus.Usable);
        story.Language.ShouldBe("fr");
        story.Provider.ShouldBe("AAP");
        story.SourceId.ShouldBe("urn:newsml:localhost:2017-08-24T14:37:19.783611:c044162e-7f40-4d04-b700-49b6a66e652c");
        story.Dateline.ShouldBe("Milton Keynes");
        story.Subjects.ShouldBe([new Subject("01000000", "arts, culture and entertainment")]);
        story.Places.ShouldBe([new Place("NSW", "NSW")]);
        story.Rights.ShouldBe(new StoryRights(null, "Copyright", "Usage"));
        story.Paragraphs.ShouldBe(["The story so far."]);
        story.Deviations.ShouldContain("\"versioncreated\" \"2017-08-24T04:38:34+0000\" writes its UTC offset without the colon RFC 3339 requires; read as 2017-08-24T04:38:34+00:00.");
        story.Deviations.ShouldContain("\"guid\" is not a property ninjs 1.6 defines.");
    }

    [Fact]
    public void Decode_SuperdeskEmbargoedStory_ReadsEmbargoAuthorsAndHtmlBody()
    {
        var story = Accepted("corpora/superdesk/ninjs/ninjs_embargoed.json");

        story.Headline.ShouldBe("Trouble is brewing for the future of beer");
        story.Embargo!.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2022-06-29T02:30:00+00:00"));
        story.Version.ShouldBe(11);
        story.Contributors.ShouldBe([new Contributor("Josh Pitt", ContributorRole.Editor), new Contributor("Aaron Staples", ContributorRole.Author)]);
        story.Subjects.ShouldBe([new Subject("06011000", "global warming"), new Subject("04001000", "agriculture")]);
        story.Paragraphs[0].ShouldStartWith("What does torched earth taste like?");
        story.BodyHtml.ShouldNotBeNull().ShouldStartWith("<p>What does torched earth");
    }

    [Fact]
    public void Decode_DpaTwoPointOne_KeepsTheSendersOffsetAndReadsTheByline()
    {
        var story = Accepted("schemas/ninjs/examples/2.1/dpa_text.json");

        story.Headline.ShouldBe("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        story.Kicker.ShouldBe("Faktencheck Derby-Elfmeter");
        story.Contributors.ShouldBe([new Contributor("Christian Hollmann", ContributorRole.Author)]);
        story.Updated.ShouldBe(new StoryTime(new DateTime(2019, 5, 10, 14, 2, 28, DateTimeKind.Utc), "+02:00"));
        story.Urgency.ShouldBe(4);
        story.Version.ShouldBe(2);
        story.Language.ShouldBe("de");
        story.SourceId.ShouldBe("urn:newsml:dpa.com:20090101:190510-99-167362");
        story.SourceUri.ShouldBeNull();
        story.Rights.Copyright.ShouldBe("Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten");
        story.Paragraphs[0].ShouldStartWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».");
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_TtThreePointZero_ReadsCamelCaseNamesSubjectsAndPlaces()
    {
        var story = Accepted("schemas/ninjs/examples/3.0/tt_text_image_3.json");

        story.Headline.ShouldBe("Militärövning i jätteformat hålls 2023");
        story.Updated.ShouldBe(new StoryTime(new DateTime(2021, 5, 26, 11, 40, 18, DateTimeKind.Utc), "+02:00"));
        story.Urgency.ShouldBe(3);
        story.Version.ShouldBe(1);
        story.Language.ShouldBe("sv");
        story.PubStatus.ShouldBe(PubStatus.Usable);
        story.Subjects.ShouldBe([new Subject("http://tt.se/spec/subref/1.0/16000000", "Krig, konflikter och oroligheter")]);
        story.Places.Select(place => place.Name).ShouldBe(["Sverige", "Gotland", "Finland"]);
        story.SourceUri.ShouldBe("http://tt.se/media/text/210526-militarovning-a0f2d045");
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_DocumentationComplexArticle_ReadsPlaceCodeFromItsUri()
    {
        var story = Accepted("schemas/ninjs/documentation-examples/3.1/005_complex_text_article.json");

        story.Dateline.ShouldBe("Grossetto, Italy");
        story.Places.ShouldContain(new Place("Italy", "http://cvx.iptc.org/iso3166-1a2/it"));
        story.Contributors.Select(contributor => contributor.Name).ShouldBe(["Paulo Santalucia", "Frances d’Emilio"]);
        story.Paragraphs[0].ShouldStartWith("GROSSETO, Italy (AP) — The trial of the captain");
    }

    [Fact]
    public void Decode_OneXWithHeadlinesString_ReadsTheHeadlineAndSaysSo()
    {
        var story = Accepted("corpora/iptc/ninjs/ninjs_example_invalid.json");

        story.Headline.ShouldBe("Captain of wrecked cruise ship on trial in Italy");
        story.Deviations.ShouldBe(["\"headlines\" is not a ninjs 1.x property (it is \"headline\" there); read as the headline."]);
    }

    [Fact]
    public void Decode_BbcItemPage_ReadsItsItemAndLeavesOutDatesWithoutOffset()
    {
        var story = Accepted("corpora/superdesk/ninjs/bbc-ninjs-text-test.json");

        story.Headline.ShouldBe("advisory");
        story.Published.ShouldBeNull();
        story.Updated.ShouldBeNull();
        story.Deviations.ShouldContain("\"type\" \"advisory\" is not a ninjs item type; the item was read as text.");
        story.Deviations.ShouldContain("\"firstcreated\" \"2018-05-28T16:40:08\" has no UTC offset, so its instant is unknown; left out.");
    }

    [Fact]
    public void Decode_ApTextFeedPage_RefusesTheItemWhoseTextIsOnlyInARendition()
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/ap-media-json/ap_media_text_feed.json"));

        var rejection = result.Rejection.ShouldNotBeNull();
        rejection.Reason.ShouldBe(RejectionReasons.NoBody);
        rejection.Detail.ShouldContain("BC-BBN--Top Ten");
    }

    [Fact]
    public void Decode_ApPicture_IsRefusedAsNotText()
    {
        var rejection = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/ap-media-json/ap_media_picture.json")).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.NotText);
        rejection.Detail.ShouldContain("US Paul Simon Poets Society");
    }

    [Fact]
    public void Decode_ValidTwoPointXItem_HasNoDeviation()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "type": "text", "headlines": [{"role": "main", "value": "H"}, {"role": "sub", "value": "S"}], "bodies": [{"contenttype": "text/plain", "value": "One.\nTwo."}], "pubstatus": "withheld"}""");

        story.Subheadline.ShouldBe("S");
        story.Paragraphs.ShouldBe(["One.", "Two."]);
        story.PubStatus.ShouldBe(PubStatus.Withheld);
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_ThreePointXEmbargoAndStatus_AreReadUnderTheirCamelCaseNames()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "versionCreated": "2024-01-02T03:04:05-05:00", "embargoedUntil": "2024-01-03T00:00:00Z", "pubStatus": "canceled", "headlines": [{"value": "H"}], "bodies": [{"value": "B"}]}""");

        story.Embargo.ShouldBe(new StoryTime(new DateTime(2024, 1, 3, 0, 0, 0, DateTimeKind.Utc), "+00:00"));
        story.Updated!.Offset.ShouldBe("-05:00");
        story.PubStatus.ShouldBe(PubStatus.Canceled);
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_EmbargoWithoutOffset_IsReadAtTheLatestInstantItCanMean()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "headline": "H", "body_text": "B", "embargoed": "2024-03-01T09:00:00"}""");

        story.Embargo!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(-12)));
        story.Deviations.ShouldHaveSingleItem().ShouldContain("latest instant");
    }

    [Fact]
    public void Decode_ValuesOfTheWrongTypeWithAClearMeaning_AreReadWithDeviations()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "headline": "H", "body_text": "B", "urgency": "2", "version": 7, "pubstatus": "cancelled"}""");

        story.Urgency.ShouldBe(2);
        story.Version.ShouldBe(7);
        story.PubStatus.ShouldBe(PubStatus.Canceled);
        story.Deviations.Count.ShouldBe(3);
    }

    [Fact]
    public void Decode_ManyUnknownProperties_CapsTheDeviations()
    {
        var properties = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"\"extra{i}\": {i}"));

        var story = AcceptedJson($$"""{"uri": "urn:x:1", "headline": "H", "body_text": "B", {{properties}}}""");

        story.Deviations.Count.ShouldBe(11);
        story.Deviations[^1].ShouldBe("20 more deviations from the schema are not listed.");
    }

    [Fact]
    public void Decode_PictureItem_IsRefusedAsNotText()
    {
        Refused("""{"uri": "urn:x:1", "type": "picture", "headline": "A photo", "description_text": "Caption"}""").Reason.ShouldBe(RejectionReasons.NotText);
    }

    [Fact]
    public void Decode_ItemWithoutHeadline_IsRefused()
    {
        Refused("""{"uri": "urn:x:1", "body_text": "B"}""").Reason.ShouldBe(RejectionReasons.NoHeadline);
    }

    [Fact]
    public void Decode_ItemWithoutBody_IsRefused()
    {
        Refused("""{"uri": "urn:x:1", "headlines": [{"value": "H"}]}""").Reason.ShouldBe(RejectionReasons.NoBody);
    }

    [Fact]
    public void Decode_BodyHtmlWithScript_IsSanitized()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "headline": "H", "body_html": "<p>Safe text.</p><script>alert('x')</script><p onclick=\"steal()\">More.</p>"}""");

        var html = story.BodyHtml.ShouldNotBeNull();
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("alert");
        html.ShouldNotContain("onclick");
        story.Paragraphs.ShouldBe(["Safe text.", "More."]);
    }

    [Theory]
    [InlineData("{\"a\":", "1", "}")]
    [InlineData("[", "", "]")]
    public void Decode_DeepNesting_IsRefusedAsTooDeep(string open, string inner, string close)
    {
        var json = "{\"headline\": \"H\", \"extra\": " + string.Concat(Enumerable.Repeat(open, 10_000)) + inner + string.Concat(Enumerable.Repeat(close, 10_000)) + "}";

        Refused(json).Reason.ShouldBe(RejectionReasons.TooDeep);
    }

    [Fact]
    public void Decode_HugeSubjectList_ReadsAtMostTheCap()
    {
        var subjects = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"{{\"code\":\"c{i}\"}}"));

        var story = AcceptedJson($$"""{"uri": "urn:x:1", "headline": "H", "body_text": "B", "subject": [{{subjects}}]}""");

        story.Subjects.Count.ShouldBe(200);
    }

    [Fact]
    public void Decode_ListOfManyItems_ReadsTheFirstHundredAndRefusesTheRest()
    {
        var items = string.Join(",", Enumerable.Range(0, 150).Select(i => $$"""{"uri": "urn:x:{{i}}", "headline": "H{{i}}", "body_text": "B{{i}}"}"""));

        var result = Decode($"[{items}]");

        result.Stories.Count.ShouldBe(100);
        result.Rejections.ShouldHaveSingleItem().Reason.ShouldBe(RejectionReasons.TooLarge);
    }

    [Fact]
    public void Decode_InvalidUtf8_IsRefusedAsInvalidEncoding()
    {
        byte[] input = [.. "{\"headline\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        StoryDecoder.Decode(input).Rejection.ShouldNotBeNull().Reason.ShouldBe(RejectionReasons.InvalidEncoding);
    }

    [Theory]
    [InlineData("""{"uri": "urn:x", /* note */ "headline": "H", "body_text": "B"}""")]
    [InlineData("""{"uri": "urn:x", "headline": "H", "body_text": "B",}""")]
    [InlineData("""{"uri": "urn:x", "headline": "H" "body_text": "B"}""")]
    [InlineData("""{"uri": "urn:x"} {"uri": "urn:y"}""")]
    public void Decode_NotStrictJson_IsRefusedAsMalformedWithTheParsersMessage(string json)
    {
        var rejection = Refused(json);

        rejection.Reason.ShouldBe(RejectionReasons.Malformed);
        rejection.Detail.ShouldContain("LineNumber");
    }

    [Fact]
    public void Decode_JsonSchemaDocument_IsRefusedAsUnsupported()
    {
        Refused("""{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}""").Reason.ShouldBe(RejectionReasons.UnsupportedFormat);
    }

    [Fact]
    public void Decode_PlainCopyStartingWithABracket_StaysPlainCopy()
    {
        var story = StoryDecoder.Decode("[Update] Council approves budget\n\nThe council voted on Tuesday.\n"u8).Story.ShouldNotBeNull();

        story.Format.ShouldBe("plain");
    }

    [Fact]
    public void Decode_WhatOurRendererPutsWhereNinjsHasNoProperty_IsReadBack()
    {
        var story = AcceptedJson("""
            {"uri": "urn:x:1", "standard": {"name": "ninjs", "version": "3.1"},
             "headlines": [{"role": "main", "value": "Talks: Ministers agree"}, {"role": "subhead", "value": "Convoys wait"}, {"role": "kicker", "value": "Border talks"}],
             "descriptions": [{"role": "creditline", "value": "Reuters"}],
             "usageTerms": "Exclusive to The Levant Daily; No archiving",
             "people": [{"name": "Ann Writer", "rel": "author"}, {"name": "Samia Nakhoul", "rel": "editor"}, {"name": "Najib Mikati", "rel": "about"}],
             "by": "Someone Else",
             "subjects": [{"name": "diplomacy", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000565"}, {"name": "border talks", "rel": "keyword"}],
             "genres": [{"name": "Correction", "uri": "http://cv.iptc.org/newscodes/signal/correction"}],
             "bodies": [{"contentType": "text/plain", "value": "B"}]}
            """);

        story.Subheadline.ShouldBe("Convoys wait");
        story.Kicker.ShouldBe("Border talks");
        story.Credit.ShouldBe("Reuters");
        story.Rights.ShouldBe(new StoryRights("The Levant Daily", null, "No archiving"));
        story.Contributors.ShouldBe([new Contributor("Ann Writer", ContributorRole.Author), new Contributor("Samia Nakhoul", ContributorRole.Editor)]);
        story.Subjects.ShouldBe([new Subject("medtop:20000565", "diplomacy")]);
        story.Keywords.ShouldBe(["border talks"]);
        story.IsCorrection.ShouldBeTrue();
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_PeopleTheStoryIsAbout_AreNotItsWriters()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "headlines": [{"value": "H"}], "by": "Paulo Santalucia and Frances d'Emilio", "people": [{"name": "Francesco Schettino", "rel": "about"}], "bodies": [{"value": "B"}]}""");

        story.Contributors.Select(contributor => contributor.Name).ShouldBe(["Paulo Santalucia", "Frances d’Emilio"]);
    }

    [Fact]
    public void Decode_CorrectionSignalAsAQCodeLiteral_IsACorrection()
    {
        AcceptedJson("""{"uri": "urn:x:1", "headlines": [{"value": "H"}], "genres": [{"literal": "sig:correction"}], "bodies": [{"value": "B"}]}""").IsCorrection.ShouldBeTrue();
        AcceptedJson("""{"uri": "urn:x:1", "headlines": [{"value": "H"}], "genres": [{"name": "Analysis"}], "bodies": [{"value": "B"}]}""").IsCorrection.ShouldBeFalse();
    }

    [Fact]
    public void Decode_CanceledItemWithoutBody_IsKeptSoTheKillReachesTheStore()
    {
        var story = AcceptedJson("""{"uri": "urn:x:1", "headlines": [{"value": "Killed story"}], "pubStatus": "canceled"}""");

        story.PubStatus.ShouldBe(PubStatus.Canceled);
        story.Paragraphs.ShouldBeEmpty();
        Refused("""{"uri": "urn:x:1", "headlines": [{"value": "No body"}], "pubStatus": "usable"}""").Reason.ShouldBe(RejectionReasons.NoBody);
    }
}
