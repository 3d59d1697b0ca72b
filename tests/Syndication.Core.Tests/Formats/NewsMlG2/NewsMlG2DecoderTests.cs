using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Formats.NewsMlG2;
using Syndication.Core.Stories;
using static Syndication.Core.Tests.Formats.NewsMlG2.G2Documents;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

public sealed class NewsMlG2DecoderTests
{
    private const string Superdesk = "corpora/superdesk/newsml-g2/";
    private const string Iptc = "corpora/iptc/newsml-g2/";
    private const string Listings = "schemas/newsml-g2/examples/";

    /// <summary>
    /// What every NewsML-G2 file we hold decodes to: the number of stories and the reasons of the
    /// rejections, in order. A file added to a folder without a line here fails the corpus test.
    /// </summary>
    private static readonly Dictionary<string, (int Stories, string[] Rejections)> s_expected = new()
    {
        [Superdesk + "LISTING 1 A NewsML-G2 News Item.xml"] = (0, [RejectionReasons.NoBody]), // an empty inlineXML
        [Superdesk + "LISTING 6 Simple NewsML-G2 Package.xml"] = (0, [RejectionReasons.NoBody]), // a package alone
        [Superdesk + "ansa-newsmlg2-text.xml"] = (1, []),
        [Superdesk + "ap.xml"] = (3, []),
        [Superdesk + "dpa.xml"] = (1, []),
        [Superdesk + "picture.xml"] = (0, [RejectionReasons.NotText]),
        [Superdesk + "scoop.xml"] = (1, []),
        [Superdesk + "snep.xml"] = (0, [RejectionReasons.NoBody]), // a link-list package alone
        [Superdesk + "stt1.xml"] = (1, []),
        [Superdesk + "stt_archive_newsml_created_date_test.xml"] = (1, []),
        [Superdesk + "stt_archive_newsml_test.xml"] = (1, []),
        [Superdesk + "stt_newsml_endash.xml"] = (1, []),
        [Superdesk + "stt_newsml_location_test.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Superdesk + "stt_newsml_no_truncated_text_test.xml"] = (1, []),
        [Superdesk + "stt_newsml_note_test.xml"] = (1, []),
        [Superdesk + "stt_newsml_test.xml"] = (1, []),
        [Superdesk + "stt_newsml_test_no_hl.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Superdesk + "tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232"] = (1, []),
        [Superdesk + "tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2"] = (1, []),
        [Superdesk + "tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934"] = (0, [RejectionReasons.NotText]),
        [Superdesk + "tag_reuters.com_2014_newsml_KBN0FL0NM_version_10"] = (0, [RejectionReasons.NoBody]), // its items are in other files
        [Superdesk + "tag_reuters.com_2014_newsml_KBN0FL0NN_version_5"] = (1, []),
        [Superdesk + "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_version_2"] = (0, [RejectionReasons.NotText]),
        [Superdesk + "tag_reuters.com_2014_newsml_LYNXMPEA6F0MT_version_2"] = (0, [RejectionReasons.NotText]),
        [Superdesk + "tag_reuters.com_2014_newsml_LYNXMPEA6F13M_version_1"] = (0, [RejectionReasons.NotText]),

        // The kill of the story below: stat:canceled with an empty body, which a story cannot have.
        [Superdesk + "tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538"] = (1, []),
        [Superdesk + "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838"] = (1, []),
        [Superdesk + "text.xml"] = (1, []),
        [Superdesk + "video.xml"] = (1, [RejectionReasons.NotText, RejectionReasons.NotText, RejectionReasons.NotText]),

        [Iptc + "TT_newsmlg2_sample.xml"] = (1, [RejectionReasons.NotText]), // the text, and its picture refused
        [Iptc + "catalog.IPTC-G2-Standards_41.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_001_simplest_file.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Iptc + "python-newsmlg2_002_knowledgeitem.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_003_conceptitem.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_004_planningitem.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_005_conceptitem_persondetails.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_006_conceptitem_geoareadetails.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Iptc + "python-newsmlg2_007_emptynewsmessage.xml"] = (0, [RejectionReasons.NoHeadline]), // a package and a bare item
        [Iptc + "python-newsmlg2_008_roundtrip_test.xml"] = (1, []),

        [Listings + "LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_12_Knowledge_Item_for_Access_Codes.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_13_Complete_Catalog_Item.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_14_Event_sent_as_a_Concept_Item.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Listings + "LISTING_17_Planning_Item_a_CCL.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_18_Planning_Item_at_PCL.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_19_Planning_Item_with_delivery_at_CCL.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_1_A_NewsML-G2_News_Item.xml"] = (0, [RejectionReasons.NoBody]),
        [Listings + "LISTING_20_Planning_Item_with_delivery_at_PCL.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_21_A_complete_sample_SportsML-G2_document.xml"] = (0, [RejectionReasons.NotText]), // SportsML data
        [Listings + "LISTING_22_Sports_story_in_NewsML-G2NITF.xml"] = (1, []),
        [Listings + "LISTING_23_SportsML-G2_Package.xml"] = (0, [RejectionReasons.NoBody]),
        [Listings + "LISTING_24_News_Message_conveying_a_complete_News_Package.xml"] =
            (0, [RejectionReasons.NoHeadline, RejectionReasons.NoHeadline, RejectionReasons.NoHeadline, RejectionReasons.NoHeadline]),
        [Listings + "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"] = (0, [RejectionReasons.UnsupportedFormat]), // a fragment
        [Listings + "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "LISTING_27_Company_Financial_Information.xml"] = (0, [RejectionReasons.NoBody]),
        [Listings + "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_29_Hop_History.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Listings + "LISTING_2_NewsML-G2_Text_Document.xml"] = (1, []),
        [Listings + "LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "LISTING_3_Photo_in_NewsML-G2.xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "LISTING_5_Multi-part_Video_in_NewsML-G2.xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "LISTING_6_Simple_NewsML-G2_Package.xml"] = (0, [RejectionReasons.NoBody]),
        [Listings + "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml"] = (0, [RejectionReasons.UnsupportedFormat]),
        [Listings + "Receiver_View.xml"] = (1, []),
        [Listings + "ap_metadata_example.xml"] = (0, [RejectionReasons.NotText]),
        [Listings + "facet-example-2.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Listings + "facet-example-3.xml"] = (0, [RejectionReasons.NoHeadline]),
        [Listings + "facet-example.xml"] = (0, [RejectionReasons.NoHeadline]),
    };

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { Superdesk, Iptc, Listings })
        {
            foreach (var file in SharedFiles.ListFiles(folder))
            {
                data.Add(folder + file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Decode_CorpusFile_GivesExpectedStoriesAndRejections(string file)
    {
        s_expected.ShouldContainKey(file, "a corpus file without an expected outcome; add it to s_expected");
        var (stories, rejections) = s_expected[file];

        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(file));

        result.Rejections.Select(r => r.Reason).ShouldBe(rejections, string.Join(" | ", result.Rejections.Select(r => r.Detail)));
        result.Stories.Count.ShouldBe(stories);
        result.Stories.ShouldAllBe(s => s.Format == NewsMlG2Decoder.Format && (s.Paragraphs.Count > 0 || s.PubStatus == PubStatus.Canceled));
        result.Rejections.ShouldAllBe(r => r.Detail.Length > 20);
    }

    [Fact]
    public void Decode_IptcRoundTripItem_ReadsEveryField()
    {
        var story = Single(Iptc + "python-newsmlg2_008_roundtrip_test.xml");

        story.SourceId.ShouldBe("urn:newsml:acmenews.com:20161018:US-FINANCE-FED");
        story.Version.ShouldBe(11);
        story.Headline.ShouldBe("Fed to halt QE to avert “bubble”");
        story.Language.ShouldBe("en-GB");
        story.Provider.ShouldBe("REUTERS");
        story.Updated.ShouldBe(new StoryTime(new DateTime(2018, 10, 21, 21, 25, 32, DateTimeKind.Utc), "-05:00"));
        story.Published.ShouldBe(new StoryTime(new DateTime(2016, 10, 18, 18, 12, 21, DateTimeKind.Utc), "-05:00"));
        story.Embargo.ShouldBe(new StoryTime(new DateTime(2018, 10, 23, 12, 0, 0, DateTimeKind.Utc), "+00:00"));
        story.PubStatus.ShouldBe(PubStatus.Usable);
        story.IsCorrection.ShouldBeFalse(); // sig:update is not a correction
        story.Contributors.ShouldBe([new Contributor("Meredith Jameson", ContributorRole.Author)]);
        story.Subjects.ShouldBe([new Subject("medtop:04000000", "economy, business and finance"), new Subject("medtop:20000523", "labour market")]);
        story.Places.ShouldBe([new Place("Berlin", "geo:345678")]);
        story.Rights.ShouldBe(new StoryRights(null, "Copyright 2017-18 Example Enews LLP, all rights reserved", "Not for use outside the United States"));
        story.Paragraphs.ShouldHaveSingleItem().ShouldStartWith("(Sports Network) - With the Philadelphia Phillies picking up momentum");
        story.Deviations.ShouldBeEmpty(); // IPTC's own item validates
    }

    [Fact]
    public void Decode_ApMessage_GivesEachNewsItemAsAStory()
    {
        var stories = StoryDecoder.Decode(SharedFiles.ReadBytes(Superdesk + "ap.xml")).Stories;

        stories.Select(s => s.Headline).ShouldBe([
            "Nutrisystem beats 4Q earnings and revenue expectations",
            "DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations",
            "Scripps Networks tops 4Q profit and revenue expectations",
        ]);
        var first = stories[0];
        first.SourceId.ShouldBe("tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text");
        first.Version.ShouldBe(2);
        first.Urgency.ShouldBe(4);
        first.Dateline.ShouldBe("FORT WASHINGTON, Pa.");
        first.Provider.ShouldBe("Automated Insights");
        first.Keywords.ShouldBe(["Nutrisystem", "Earnings Report", "Pennsylvania"]);
        first.Subjects.ShouldContain(new Subject("apsubject:5235a7a088e910048f29f8851349f9bd", "Corporate stock"));
        first.Updated.ShouldBe(new StoryTime(new DateTime(2018, 2, 26, 21, 20, 34, DateTimeKind.Utc), "+00:00"));
        first.Paragraphs[0].ShouldBe("FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. (NTRI) on Monday reported fourth-quarter net income of $10.9 million.");
        first.BodyHtml.ShouldNotBeNull().ShouldContain("<a href=\"https://www.zacks.com/ap/NTRI\">Zacks stock report on NTRI</a>");
    }

    [Fact]
    public void Decode_ReutersWithNs0Prefix_ReadsItemAndXhtmlBody()
    {
        var story = Single(Superdesk + "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838");

        story.SourceId.ShouldBe("tag:reuters.com,0000:newsml_L1N14N0FF");
        story.Version.ShouldBe(978556838);
        story.Headline.ShouldBe("CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream");
        story.Urgency.ShouldBe(3);
        story.Credit.ShouldBe("Reuters");
        story.Subjects.ShouldContain(new Subject("subj:04015000", null));
        story.Updated.ShouldBe(new StoryTime(new DateTime(2016, 1, 4, 15, 43, 34, DateTimeKind.Utc), "+00:00"));
        story.Paragraphs.Count.ShouldBe(16);
        story.Paragraphs[1].ShouldStartWith("Jan 3 (Reuters) - Residents of flooded areas in far southern Illinois");
        story.BodyHtml.ShouldNotBeNull().ShouldNotContain("html:");
    }

    [Fact]
    public void Decode_TtWithoutNamespace_ReadsStoryAndNotesTheNamespace()
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(Iptc + "TT_newsmlg2_sample.xml"));

        var story = result.Stories.ShouldHaveSingleItem();
        story.SourceId.ShouldBe("http://tt.se/media/text/210919-janguillou-879f202b");
        story.Headline.ShouldBe("Jan Guillou skriver på ny “Hamilton”-bok");
        story.Language.ShouldBe("sv");
        story.Urgency.ShouldBe(3);
        story.Provider.ShouldBe("TT");
        story.Rights.Copyright.ShouldBe("TT");
        story.Updated.ShouldBe(new StoryTime(new DateTime(2021, 9, 19, 18, 57, 43, DateTimeKind.Utc), "+02:00"));
        story.Subjects.ShouldContain(new Subject("medtop:20000013", "Litteratur"));
        story.Paragraphs.ShouldContain(p => p.StartsWith("Jan Guillou arbetar just nu med det sista kapitlet", StringComparison.Ordinal));
        story.Paragraphs.ShouldNotContain(p => p.Contains("Arkivbild", StringComparison.Ordinal)); // the figure's caption
        story.Deviations.ShouldHaveSingleItem().ShouldContain("not in the NewsML-G2 namespace");
        result.Rejections.ShouldHaveSingleItem().Detail.ShouldContain("http://tt.se/media/image/sdlm1btzmKu8WU");
    }

    [Fact]
    public void Decode_ScoopWithBomAndInlineNitf_ReadsNitfBodyAndTitle()
    {
        var story = Single(Superdesk + "scoop.xml");

        story.SourceId.ShouldBe("BD-20160112123540");
        story.Version.ShouldBe(3);
        story.Headline.ShouldBe("Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale");
        story.Contributors.ShouldBe([new Contributor("Staff Reporter", ContributorRole.Author)]);
        story.Paragraphs.Count.ShouldBe(9);
        story.Paragraphs[1].ShouldStartWith("Jan. 12 (BusinessDesk) - The receivers of Dick Smith Holdings");
        story.Updated.ShouldBeNull();
        story.Deviations.ShouldContain("<versionCreated> \"2016-01-12 12:35:40\" has no UTC offset; left out rather than guessed.");
        story.Deviations.ShouldContain(d => d.Contains("invalid child element 'Header'", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_AnsaInlineData_ReadsOffsetWithoutColonAndSubHeadline()
    {
        var story = Single(Superdesk + "ansa-newsmlg2-text.xml");

        story.Published.ShouldBe(new StoryTime(new DateTime(2017, 10, 11, 9, 41, 0, DateTimeKind.Utc), "+01:00"));
        story.Subheadline.ShouldBe("Foreign minister expresses faith in Spanish government");
        story.Urgency.ShouldBe(5);
        story.Language.ShouldBe("it");
        story.Paragraphs.ShouldHaveSingleItem().ShouldStartWith("(ANSA) - Rome, October 11 - Italian Foreign Minister Angelino Alfano");
        story.Deviations.ShouldContain("<inlineData> is declared text/plain but holds markup; read as HTML.");
        story.Deviations.ShouldContain(d => d.Contains("'versionCreated' element is invalid", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_DpaXhtmlWithHeader_LeavesTheRepeatedMetadataOut()
    {
        var story = Single(Superdesk + "dpa.xml");

        story.Headline.ShouldBe("Eintracht in London: Hintereggers Tränen und Attacke auf Reporter");
        story.Credit.ShouldBe("dpa");
        story.Keywords.ShouldBe(["Champions League", "Frankfurt", "London"]);
        story.Subjects.ShouldContain(new Subject("medtop:20001065", "Fußball"));
        story.Paragraphs.Count.ShouldBe(3);
        story.Paragraphs[0].ShouldStartWith("London (dpa) - 2019 gab es bittere Tränen in der Kurve");
    }

    [Fact]
    public void Decode_SttByLine_GivesEachNamedAuthor()
    {
        var story = Single(Superdesk + "stt_newsml_note_test.xml");

        story.Contributors.ShouldBe([new Contributor("ANTTI AUTIO", ContributorRole.Author), new Contributor("HETA HASSINEN", ContributorRole.Author)]);
    }

    [Fact]
    public void Decode_ReutersKillWithEmptyBody_IsKeptAsCanceled()
    {
        var story = Single(Superdesk + "tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538");

        story.PubStatus.ShouldBe(PubStatus.Canceled);
        story.SourceId.ShouldBe("tag:reuters.com,0000:newsml_L1N14N0FF");
        story.Paragraphs.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_CorrectionSignal_IsCorrection()
    {
        var story = Accepted(NewsItem(itemMeta: "<pubStatus qcode=\"stat:usable\"/><signal qcode=\"sig:correction\"/>"));

        story.IsCorrection.ShouldBeTrue();
        story.PubStatus.ShouldBe(PubStatus.Usable);
        story.Deviations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("stat:canceled", PubStatus.Canceled)]
    [InlineData("stat:withheld", PubStatus.Withheld)]
    [InlineData("stat:usable", PubStatus.Usable)]
    public void Decode_PubStatus_MapsToStoryPubStatus(string qcode, PubStatus expected)
    {
        var story = Accepted(NewsItem(itemMeta: $"<pubStatus qcode=\"{qcode}\"/>"));

        story.PubStatus.ShouldBe(expected);
        story.IsCorrection.ShouldBeFalse();
    }

    [Fact]
    public void Decode_UnknownPubStatus_HoldsTheStoryBackWithADeviation()
    {
        var story = Accepted(NewsItem(itemMeta: "<pubStatus qcode=\"stat:maybe\"/>"));

        story.PubStatus.ShouldBe(PubStatus.Withheld);
        story.Deviations.ShouldContain("<pubStatus> \"stat:maybe\" is not stat:usable, stat:withheld or stat:canceled; the story is held back as withheld.");
    }

    [Fact]
    public void Decode_HeadlineRoles_SortsKickerAndSubHeadline()
    {
        var story = Accepted(NewsItem(contentMeta: """<headline role="hld:kicker">Exclusive</headline><headline role="hld:subHeadline">The sub</headline>"""));

        story.Headline.ShouldBe("A headline");
        story.Kicker.ShouldBe("Exclusive");
        story.Subheadline.ShouldBe("The sub");
    }

    [Fact]
    public void Decode_MissingGuid_IsDecodedWithASchemaDeviation()
    {
        var story = Accepted(NewsItem().Replace("guid=\"urn:newsml:example.com:20240101:story\"", string.Empty, StringComparison.Ordinal));

        story.SourceId.ShouldBeNull();
        story.Deviations.ShouldHaveSingleItem().ShouldBe("Schema: The required attribute 'guid' is missing.");
    }

    [Fact]
    public void Decode_ManyDeviations_CapsThemAndCountsTheRest()
    {
        var unknownAttributes = string.Concat(Enumerable.Range(0, 15).Select(i => $" unknown{i}=\"x\""));
        var story = Accepted(NewsItem().Replace("<newsItem", "<newsItem" + unknownAttributes, StringComparison.Ordinal));

        story.Deviations.Count.ShouldBe(NewsItemReader.MaxDeviations);
        story.Deviations[^1].ShouldMatch(@"^And \d+ more deviations\.$");
    }

    [Fact]
    public void Decode_ScriptInXhtmlBody_IsNotInTheStory()
    {
        var story = Accepted(NewsItem(contentSet: """
            <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>Before.<script>alert('x')</script></p>
              <script>document.cookie</script>
              <p><a href="javascript:alert(1)">Click</a> <img src="x" onerror="alert(2)"/>After.</p>
            </body></html></inlineXML>
            """));

        story.BodyHtml.ShouldNotBeNull();
        story.BodyHtml.ShouldNotContain("script", Case.Insensitive);
        story.BodyHtml.ShouldNotContain("alert");
        story.BodyHtml.ShouldNotContain("onerror");
        story.Paragraphs.ShouldBe(["Before.", "Click After."]);
    }

    [Fact]
    public void Decode_InternalDtdSubset_IsRefused()
    {
        var xml = $"""<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY lol "lol">]>{NewsItem()}""";

        Rejected(xml).Reason.ShouldBe(RejectionReasons.Dtd);
    }

    [Fact]
    public void Decode_DeepNesting_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 200)) + "x" + string.Concat(Enumerable.Repeat("</div>", 200));
        var xml = NewsItem(contentSet: $"""<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>{deep}</body></html></inlineXML>""");

        Rejected(xml).Reason.ShouldBe(RejectionReasons.TooDeep);
    }

    [Fact]
    public void Decode_MessageOverTheItemCap_ReadsTheCapAndRefusesTheRest()
    {
        var item = NewsItem(contentSet: """<inlineData contenttype="text/plain">The body.</inlineData>""", root: false);
        var xml = NewsMessage([.. Enumerable.Repeat(item, NewsMlG2Decoder.MaxItems + 500)]);

        var result = Decode(xml);

        result.Stories.Count.ShouldBe(NewsMlG2Decoder.MaxItems);
        var rejection = result.Rejections.ShouldHaveSingleItem();
        rejection.Reason.ShouldBe(RejectionReasons.TooLarge);
        rejection.Detail.ShouldContain("1500 items");
    }

    [Fact]
    public void Decode_EmptyMessage_IsRefused()
    {
        var rejection = Rejected(NewsMessage());

        rejection.Reason.ShouldBe(RejectionReasons.Empty);
        rejection.Detail.ShouldBe("The newsMessage holds no items.");
    }

    [Fact]
    public void Decode_PackageWithItsItems_GivesTheItemsOnly()
    {
        const string Package = """
            <packageItem guid="urn:example:package" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <itemMeta><itemClass qcode="ninat:composite"/><provider qcode="nprov:EXAMPLE"/><versionCreated>2024-01-01T12:00:00Z</versionCreated></itemMeta>
              <groupSet root="G1"><group id="G1" role="group:main"><itemRef residref="urn:example:a"/><itemRef residref="urn:example:b"/></group></groupSet>
            </packageItem>
            """;
        var xml = NewsMessage(Package, NewsItem(guid: "urn:example:a", root: false), NewsItem(guid: "urn:example:b", root: false));

        var result = Decode(xml);

        result.Rejections.ShouldBeEmpty();
        result.Stories.Select(s => s.SourceId).ShouldBe(["urn:example:a", "urn:example:b"]);
    }

    [Fact]
    public void Decode_PackageAloneInAMessage_IsRefusedNamingItsReferences()
    {
        var xml = NewsMessage("""
            <packageItem guid="urn:example:package" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <itemMeta><itemClass qcode="ninat:composite"/><provider qcode="nprov:EXAMPLE"/><versionCreated>2024-01-01T12:00:00Z</versionCreated></itemMeta>
              <groupSet root="G1"><group id="G1" role="group:main"><itemRef residref="urn:example:a"/></group></groupSet>
            </packageItem>
            """);

        var rejection = Rejected(xml);

        rejection.Reason.ShouldBe(RejectionReasons.NoBody);
        rejection.Detail.ShouldBe("The packageItem urn:example:package holds no text of its own, and the items it references are not in this input: urn:example:a.");
    }

    [Fact]
    public void Decode_ConceptItemInAMessage_IsNotText()
    {
        var xml = NewsMessage("""<conceptItem guid="urn:example:concept" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power"/>""", NewsItem(root: false));

        var result = Decode(xml);

        result.Stories.Count.ShouldBe(1);
        result.Rejections.ShouldHaveSingleItem().Reason.ShouldBe(RejectionReasons.NotText);
    }

    [Fact]
    public void Decode_PlainInlineData_SplitsParagraphsAtBlankLines()
    {
        var story = Accepted(NewsItem(contentSet: "<inlineData contenttype=\"text/plain\">First line\nstill first.\n\nSecond.</inlineData>"));

        story.Paragraphs.ShouldBe(["First line still first.", "Second."]);
        story.BodyHtml.ShouldBeNull();
    }

    [Theory]
    [InlineData("<inlineData contenttype=\"text/plain\" encoding=\"base64\">VGhlIGJvZHku</inlineData>")]
    [InlineData("<inlineData contenttype=\"image/jpeg\">binary-ish</inlineData>")]
    public void Decode_InlineDataThatIsNotText_IsNoBody(string contentSet)
    {
        Rejected(NewsItem(contentSet: contentSet)).Reason.ShouldBe(RejectionReasons.NoBody);
    }

    [Fact]
    public void Decode_PictureItem_IsNotText()
    {
        var xml = NewsItem(contentSet: """<remoteContent href="https://example.com/a.jpg" contenttype="image/jpeg"/>""")
            .Replace("ninat:text", "ninat:picture", StringComparison.Ordinal);

        var rejection = Rejected(xml);

        rejection.Reason.ShouldBe(RejectionReasons.NotText);
        rejection.Detail.ShouldBe("The newsItem urn:newsml:example.com:20240101:story is media (itemClass ninat:picture), not a text story.");
    }

    [Fact]
    public void Decode_NewsItem_ReadsThroughTheDecoderDirectly()
    {
        var decoded = new DecodedDrafts();

        NewsMlG2Decoder.Decode(Encoding.UTF8.GetBytes(NewsItem(contentMeta: "<urgency>2</urgency>")), decoded);

        var draft = decoded.Drafts.ShouldHaveSingleItem();
        draft.Urgency.ShouldBe(2);
        draft.Updated.ShouldBe(new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(1)));
        draft.Provider.ShouldBe("EXAMPLE");
    }

    private static Story Single(string file)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(file));
        return result.Story.ShouldNotBeNull(string.Join(" | ", result.Rejections.Select(r => r.Detail)));
    }

    private static Story Accepted(string xml)
    {
        var result = Decode(xml);
        return result.Story.ShouldNotBeNull(string.Join(" | ", result.Rejections.Select(r => r.Detail)));
    }

    private static Rejection Rejected(string xml)
    {
        var result = Decode(xml);
        result.Stories.ShouldBeEmpty();
        return result.Rejections.ShouldHaveSingleItem();
    }

    [Fact]
    public void Decode_ExclusiveToUsageTerms_IsExclusivityAndTheOtherTermsAreTheTerms()
    {
        var story = Accepted(NewsItem().Replace("<itemMeta>", """
            <rightsInfo><copyrightNotice>© 2026 Desk</copyrightNotice><usageTerms>Exclusive to The Middle East Online.</usageTerms><usageTerms>No archiving.</usageTerms></rightsInfo><itemMeta>
            """, StringComparison.Ordinal));

        story.Rights.ShouldBe(new StoryRights("The Middle East Online", "© 2026 Desk", "No archiving."));
    }

    [Fact]
    public void Decode_LocatedByUri_KeepsTheUriAsTheCode()
    {
        var story = Accepted(NewsItem(contentMeta: """<located uri="http://cvx.iptc.org/iso3166-1a2/IT"><name>Italy</name></located>"""));

        story.Places.ShouldBe([new Place("Italy", "http://cvx.iptc.org/iso3166-1a2/IT")]);
    }
}
