using System.Globalization;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfCorpusTests
{
    public static TheoryData<string> Files => new(NitfSamples.CorpusFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_CorpusFile_DecodesOrIsRejectedForItsReason(string file)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(file));

        if (file.EndsWith("aap-finance-lite.xml", StringComparison.Ordinal))
        {
            // Its title, hedline and body.content are all empty: nothing to publish.
            result.Rejection!.Reason.ShouldBe(RejectionReasons.NoHeadline);
            return;
        }

        result.Rejections.ShouldBeEmpty();
        var story = result.Story!;
        story.Format.ShouldBe("nitf");
        story.Headline.ShouldNotBeNullOrWhiteSpace();
        story.Paragraphs.ShouldNotBeEmpty();
        story.BodyHtml!.ShouldNotBeNull();
        story.Deviations.Count.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public void Decode_Fishing_ReadsTheWholeHeadAndIgnoresTheDanglingDtd()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/nitf-fishing.xml")).Story!;

        story.Headline.ShouldBe("Weather and Tide Updates for Norfolk");
        story.Subheadline.ShouldBe("A sample, fictitious NITF article");
        story.Contributors.ShouldBe([new Contributor("Alan Karben", ContributorRole.Author)]);
        story.Dateline.ShouldBe("Newport News, VA");
        story.SourceId.ShouldBe("iptc.321656141.b");
        story.Provider.ShouldBe("XML Team Solutions, Inc.");
        story.SourceUri.ShouldBe("http://www.iptc.org/getEdition/volume=XIX/number=3/issue=2/doc-id=iptc.321656141.b");
        story.Urgency.ShouldBe(3);
        story.Version.ShouldBe(1);
        story.Published!.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2002-02-25T14:30:00-05:00", CultureInfo.InvariantCulture));
        story.Published.Offset.ShouldBe("-05:00");
        story.Embargo!.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2002-02-26T09:30:00-05:00", CultureInfo.InvariantCulture));
        story.PubStatus.ShouldBe(PubStatus.Canceled);
        story.Rights.Copyright.ShouldBe("© 2002 International Press Telecommunications Council");
        story.Rights.UsageTerms.ShouldBe("online");
        story.Keywords.ShouldBe(["fishing", "lures", "tides", "Midlantic States"]);
        story.Subjects.ShouldContain(new Subject("subj:04001002", "Fishing Industry"));
        story.Places.ShouldBe([new Place("Norfolk, VA", null)]);
        story.Paragraphs[0].ShouldStartWith("The weather was superb today in Norfolk, Virginia.");
        story.Paragraphs[^1].ShouldBe("Stewart Klometers contributed to this article.");
        story.BodyHtml!.ShouldContain("<h2>The Tides are High</h2>");
        story.BodyHtml!.ShouldContain("<li><em>Deer Creek:</em>");
        story.BodyHtml!.ShouldNotContain("captured on film");
        story.Deviations.ShouldContain(d => d.Contains("nitf-3-2.dtd", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_NtbSample_ReadsNorwegianStoryAndLeavesOutTheDateWithoutOffset()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/iptc/nitf/NTB_nitf_sample.xml")).Story!;

        story.Headline.ShouldBe("Pandemien herjer på den legeløse indiske landsbygda");
        story.Dateline.ShouldBe("Unnao");
        story.Language.ShouldBe("nb-NO");
        story.Provider.ShouldBe("NTB");
        story.SourceId.ShouldBe("NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00");
        story.Version.ShouldBe(1);
        story.Urgency.ShouldBe(5);
        story.Keywords.ShouldBe(["india-korona-bygd"]);
        story.Subjects.ShouldBe([new Subject("subj:07001000", "Sykdom"), new Subject("subj:07000000", "Medisin og helse")]);
        story.Paragraphs[0].ShouldStartWith("Koronapandemien herjer også i landsbyer rundt omkring i India.");
        story.BodyHtml!.ShouldContain("<h2>- Det skjulte India</h2>");
        story.BodyHtml!.ShouldNotContain("Foto: Amit Sharma");
        story.Published.ShouldBeNull();
        story.Deviations.ShouldContain(d => d.Contains("2021-05-16T09:00:04", StringComparison.Ordinal) && d.Contains("no UTC offset", StringComparison.Ordinal));
        story.Deviations.ShouldContain(d => d.Contains("no namespace", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_ApNitf_ReadsBylineWithoutJobTitleAndDatelineLocation()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/ap-nitf.xml")).Story!;

        story.Headline.ShouldBe("Can trading pollution like stocks help fight climate change?");
        story.Subheadline.ShouldBeNull();
        story.Contributors.ShouldBe([new Contributor("BERNARD CONDON", ContributorRole.Author)]);
        story.Dateline.ShouldBe("NEW YORK");
        story.Provider.ShouldBe("The Associated Press");
        story.SourceId.ShouldBeNull();
        story.Rights.Copyright.ShouldBe("© 2015 AP");
        story.Published!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2015, 12, 10, 19, 10, 44, TimeSpan.Zero));
        story.Paragraphs[0].ShouldStartWith("NEW YORK (AP) — The gas produced by hog manure");
        story.Paragraphs.Count.ShouldBe(28);
        story.Deviations.ShouldContain("The document declares \"-//IPTC//DTD NITF 3.4//EN\"; it was checked against NITF 3.6.");
    }

    [Fact]
    public void Decode_Pa5_ReadsRealLatin1()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/pa5.xml")).Story!;

        story.Headline.ShouldBe("HARD BREXIT TO COST UK UP TO £66BN A YEAR, SAYS TREASURY");
        story.Contributors.ShouldBe([new Contributor("Sam Lister", ContributorRole.Author)]);
        story.SourceId.ShouldBe("17b7b4c3-6e05-4690-b7cb-37b5c99c9a86HHH-5-1");
        story.Urgency.ShouldBe(4);
        story.Published!.Offset.ShouldBe("+01:00");
        story.Published.ToDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2016-10-11T00:13:27+01:00", CultureInfo.InvariantCulture));
        story.Rights.Copyright.ShouldBe("© 2016 Press Association");
        story.Keywords.ShouldBe(["Brexit", "POLITICS", "CITY"]);
        story.Paragraphs[0].ShouldBe("Treasury coffers will take a £66 billion annual hit if Britain goes for a so-called hard Brexit, Cabinet ministers have been warned.");
    }

    [Fact]
    public void Decode_MappingTest_ReadsUtf8BytesUnderLatin1Declaration()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/mapping_test.xml")).Story!;

        story.Paragraphs[0].ShouldStartWith("København /ritzau/: En 41-årig mand");
        story.SourceId.ShouldBe("20160512:RTZ:8883:0");
        story.Provider.ShouldBe("ritzau.dk");
        story.Version.ShouldBe(4);
        story.Urgency.ShouldBe(3);
        story.Published!.Offset.ShouldBe("+02:00");
        story.Language.ShouldBe("no-NO");
        story.Deviations.ShouldContain(d => d.Contains("pubdata", StringComparison.Ordinal));
        story.Deviations.ShouldContain(d => d.Contains("bytes are UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_NitfNtb_ReadsEntitiesSubheadsAndLinks()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/nitf-ntb.xml")).Story!;

        story.Headline.ShouldBe("Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030");
        story.Contributors.ShouldBe([new Contributor("Geir Molnes", ContributorRole.Author)]);
        story.SourceId.ShouldBe("faktisk-d9cde75b-256e-4989-b6a3-b8ad27f43a5c_47");
        story.Version.ShouldBe(48);
        story.BodyHtml!.ShouldContain("<h2>Påstand</h2>");
        story.BodyHtml!.ShouldContain("<a href=\"https://www.worldbank.org/\">Verdensbanken</a>");
        story.BodyHtml!.ShouldContain("<li>Én global sentralbank</li>");

        // The agency's embed code is text in a paragraph: it stays text, never markup.
        story.BodyHtml!.ShouldNotContain("<script");
        story.BodyHtml!.ShouldContain("&lt;script async defer");
    }

    [Fact]
    public void Decode_Efe_TakesCopyrightFromRightsOwnerAndSkipsDeskInitials()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/efe_nitf.xml")).Story!;

        story.Rights.Copyright.ShouldBe("© Agencia EFE");
        story.Contributors.ShouldBeEmpty();
        story.Dateline.ShouldBeNull();
        story.Subheadline.ShouldBe("HONDURAS GOVERNMENT");
        story.Subjects.ShouldBe([new Subject("subj:11006005", "Executive (government)"), new Subject("efe:F01001000", "GOVERNMENT")]);
        story.Places.ShouldBe([new Place("Tegucigalpa", null)]);
        story.Language.ShouldBe("en-US");
    }

    [Fact]
    public void Decode_Pa2WithoutBodyHead_TakesTitleAndKeepsPreformattedLines()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/nitf/pa2.xml")).Story!;

        story.Headline.ShouldBe("1 SOCCER INT-Teams");
        story.BodyHtml!.ShouldStartWith("<p>International Match<br>Mexico v Panama<br>");
    }

    [Fact]
    public void Decode_NamespacedListing_ValidatesWithoutDeviations()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes("schemas/nitf/examples/nitf-from-newsml-g2-LISTING_22.xml")).Story!;

        story.Headline.ShouldBe("Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.");
        story.Contributors.ShouldBeEmpty();
        story.Paragraphs.Count.ShouldBe(6);
        story.Deviations.ShouldBeEmpty();
    }
}
