using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Iptc7901;

public sealed class Iptc7901DecoderTests
{
    // Every file of the three teletype folders: the story it decodes to, or the reason it is refused.
    public static TheoryData<string, string?> CorpusFiles => new()
    {
        { "iptc7901/IPTC7901.txt", null },
        { "iptc7901/IPTC7901_odd_charset.txt", null },
        { "iptc7901/dpa_copyright.txt", null },
        { "iptc7901/dpa_four_line.txt", null },
        { "iptc7901/dpa_two_by_line.txt", null },
        { "anpa/anpa-1.tst", null },
        { "anpa/anpa-2.tst", null },
        { "anpa/anpa-3.tst", RejectionReasons.NoHeadline }, // a weather table with only its keyword line
        { "anpa/ap_anpa-1.tst", null },
        { "anpa/ap_anpa-2.tst", null },
        { "anpa/ap_anpa-3.tst", null },
        { "anpa/ap_anpa-4.tst", null },
        { "anpa/ap_anpa-6.tst", null },
        { "zczc/Darwin GR - Greys - Sun 11 Oct, 2015.tst", RejectionReasons.NoHeadline }, // greyhound fields
        { "zczc/ED_841066_2_1.tst", null },
        { "zczc/Standings__2014_14_635535729050675896.tst", null },
        { "zczc/Wagga Trot VIC TAB DIVS 1-4 Friday.tst", RejectionReasons.NoHeadline }, // dividends table
        { "zczc/viflda004_7257.tst", RejectionReasons.NoHeadline }, // race fields
        { "zczc/vinlpt_8390.tst", RejectionReasons.NoHeadline }, // jockey standings
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Decode_CorpusFile_DecodesOrRejectsWithReason(string file, string? rejection)
    {
        var result = StoryDecoder.Decode(Read(file));

        if (rejection is null)
        {
            result.Rejections.ShouldBeEmpty();
            var story = result.Stories.ShouldHaveSingleItem();
            story.Headline.ShouldNotBeNullOrWhiteSpace();
            story.Paragraphs.ShouldNotBeEmpty();
            story.Paragraphs.ShouldAllBe(p => !p.Any(char.IsControl));
        }
        else
        {
            result.Stories.ShouldBeEmpty();
            result.Rejections.ShouldHaveSingleItem().Reason.ShouldBe(rejection);
            result.Rejections[0].Detail.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Decode_DpaIptc7901_ReadsHeaderHeadlineDatelineAndContacts()
    {
        var story = Decoded("iptc7901/IPTC7901.txt");

        story.Format.ShouldBe("iptc7901");
        story.Headline.ShouldBe("Germany Social Democrats: Coalition talks with Merkel could fail");
        story.Urgency.ShouldBe(4);
        story.Subjects.ShouldBe([new Subject("anpa-category:i", null)]);
        story.Keywords.ShouldBe(["Germany-politics"]);
        story.Dateline.ShouldBe("Berlin");
        story.Credit.ShouldBe("dpa");
        story.Paragraphs[0].ShouldStartWith("Negotiations between German conservatives headed by Chancellor Angela Merkel");
        story.Paragraphs.Count.ShouldBe(5);
        story.Published!.Utc.ShouldBe(new DateTime(2013, 11, 13, 11, 37, 0, DateTimeKind.Utc));
        story.Contributors.ShouldBe([
            new Contributor("Wolfgang Schmidt", ContributorRole.Reporter),
            new Contributor("Joseph Nasr", ContributorRole.Editor),
        ]);
    }

    [Fact]
    public void Decode_DpaLatin1WithStatusLineAndByline_ReadsThem()
    {
        var story = Decoded("iptc7901/IPTC7901_odd_charset.txt");

        story.Headline.ShouldBe("German football saddened by illness to striker legend Mueller");
        story.Urgency.ShouldBe(3);
        story.Contributors[0].ShouldBe(new Contributor("Manuel Schwarz", ContributorRole.Author));
        story.Dateline.ShouldBe("Munich");
        story.Keywords.ShouldBe(["Germany-football", "Munich", "Mueller"]);
        story.Published!.Utc.ShouldBe(new DateTime(2015, 10, 7, 13, 41, 0, DateTimeKind.Utc));
        string.Join(' ', story.Paragraphs).ShouldContain("M\u00FCller");
        story.Paragraphs.ShouldAllBe(p => !p.Contains("not intended for publication"));
    }

    [Fact]
    public void Decode_DpaBylineWithNewspaper_TakesNewspaperAsCredit()
    {
        var story = Decoded("iptc7901/dpa_two_by_line.txt");

        story.Headline.ShouldBe("Chiefs-Rams 2.0? Would be a fun Super Bowl, but don\u2019t count on it");
        story.Contributors.ShouldContain(new Contributor("Tom Krasovic", ContributorRole.Author));
        story.Contributors.ShouldNotContain(c => c.Name.Contains("Union-Tribune"));
        story.Dateline.ShouldBe("San Diego");
        story.Credit.ShouldBe("tca/dpa");
    }

    [Fact]
    public void Decode_ApAnpaStory_ReadsSlugHeadlineBylineDatelineAndStamp()
    {
        var story = Decoded("anpa/anpa-1.tst");

        story.Format.ShouldBe("anpa1312");
        story.Headline.ShouldBe("For Argentine chemo patients, mirrors can hurt");
        story.Urgency.ShouldBe(1); // priority letter f: flash
        story.Subjects.ShouldBe([new Subject("anpa-category:l", null)]);
        story.Keywords.ShouldBe(["Argentina-Cancer Beauty"]);
        story.Contributors.ShouldBe([
            new Contributor("PAUL BYRNE", ContributorRole.Author),
            new Contributor("ALMUDENA CALATRAVA", ContributorRole.Author),
        ]);
        story.Dateline.ShouldBe("BUENOS AIRES, Argentina");
        story.Credit.ShouldBe("AP");
        story.Paragraphs[0].ShouldStartWith("For cancer patients dealing with the physical and psychological trauma");
        story.Paragraphs[1].ShouldStartWith("\u201CLook Good Feel Better\u201D is a program");
        story.Paragraphs.ShouldNotContain("___");
        story.Published!.Utc.ShouldBe(new DateTime(2013, 11, 13, 15, 9, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Decode_ApAnpaWithSummaryLine_TakesItAsSubheadlineAndDropsEditorsNotes()
    {
        var story = Decoded("anpa/ap_anpa-1.tst");

        story.Headline.ShouldBe("Deng has 30 points, short-handed Heat beat Hawks 115-111");
        story.Subheadline.ShouldNotBeNull().ShouldStartWith("Luol Deng scored 30 points and Josh McRoberts had 19 \u2014 season highs");
        story.Contributors.ShouldBe([new Contributor("CHARLES ODUM", ContributorRole.Author)]);
        story.Dateline.ShouldBe("ATLANTA");
        story.Urgency.ShouldBe(5); // r: regular
        story.Paragraphs.ShouldAllBe(p => !p.StartsWith("Eds:") && !p.StartsWith("AP Photo") && p != "AP Sports Writer");
    }

    [Fact]
    public void Decode_ApAnpaTable_KeepsRowsAsParagraphs()
    {
        var story = Decoded("anpa/ap_anpa-6.tst");

        story.Headline.ShouldBe("Wild Card Glance");
        story.Paragraphs.Take(3).ShouldBe(["All Times EDT", "AMERICAN LEAGUE", "W L Pct WCGB"]);
        story.Paragraphs[3].ShouldBe("Tampa Bay 73 52 .584 _");
    }

    [Fact]
    public void Decode_ZczcStandings_ReadsHeadlineKeywordsSubjectAndAapDateline()
    {
        var story = Decoded("zczc/Standings__2014_14_635535729050675896.tst");

        story.Format.ShouldBe("zczc");
        story.Headline.ShouldBe("MOTOR: Collated results/standings after Sydney NRMA 500");
        story.Keywords.ShouldBe(["Motor V8", "Sydney NRMA 500"]);
        story.Subjects.ShouldBe([new Subject("anpa-category:T", null), new Subject("subj:15039001", null)]);
        story.Dateline.ShouldBe("SYDNEY, Dec 7");
        story.Credit.ShouldBe("AAP");
        story.Paragraphs[0].ShouldStartWith("Collated results and standings from the Sydney NRMA 500");
        story.Paragraphs[3].ShouldBe("1. Shane van Gisbergen (Holden) 1hr14mins50.0418sec");
    }

    [Fact]
    public void Decode_ZczcTextWithoutHeadlineLine_TakesFirstLine()
    {
        var story = Decoded("zczc/ED_841066_2_1.tst");

        story.Headline.ShouldBe("Media release: Personal insolvencies rise 0.6% in the September quarter");
        story.Paragraphs[0].ShouldBe("Tue 13 October 2015");
        story.Paragraphs[^1].ShouldBe("SOURCE: Australian Financial Security Authority");
    }

    [Fact]
    public void Decode_ZczcFieldsWithoutHeadline_RejectsNamingTheKeywords()
    {
        var rejection = StoryDecoder.Decode(Read("zczc/Darwin GR - Greys - Sun 11 Oct, 2015.tst")).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.NoHeadline);
        rejection.Detail.ShouldContain("Darwin Grey");
    }

    [Fact]
    public void Decode_SohWithoutStx_RejectsMalformed()
    {
        var rejection = StoryDecoder.Decode("\u0001eca062 4 i 211 dpa 061\r\n\r\nNo text here\r\n"u8.ToArray()).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.Malformed);
    }

    [Fact]
    public void Decode_HeadlineAndNotebookOnly_RejectsNoBody()
    {
        var input = "\u0001eca062 4 i 211 dpa 061\r\n\u0002A headline =\r\n\r\n# Notebook\r\n\r\nnothing\r\n\u0003"u8.ToArray();

        StoryDecoder.Decode(input).Rejection.ShouldNotBeNull().Reason.ShouldBe(RejectionReasons.NoBody);
    }

    private static byte[] Read(string file) => SharedFiles.ReadBytes("corpora/superdesk/" + file);

    private static Story Decoded(string file) => StoryDecoder.Decode(Read(file)).Story.ShouldNotBeNull();
}
