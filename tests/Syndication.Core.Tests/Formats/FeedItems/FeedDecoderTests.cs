using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class FeedDecoderTests
{
    /// <summary>Every feed in the corpora: the stories it gives and the items it refuses, and why.</summary>
    public static TheoryData<string, int, int, string?> CorpusFiles => new()
    {
        { "feeds/AtomSpecialCharacters.xml", 0, 1, RejectionReasons.Malformed },
        { "feeds/AtomTheVerge.xml", 10, 0, null },
        { "feeds/AtomVergeAllPosts.xml", 10, 0, null },
        { "feeds/Rss091FullSample.xml", 1, 0, null },
        { "feeds/Rss092FullSample.xml", 0, 22, RejectionReasons.NoHeadline },
        { "feeds/Rss10Minutos20.xml", 15, 0, null },
        { "feeds/Rss10OrfAt.xml", 0, 50, RejectionReasons.NoBody },
        { "feeds/Rss20BreakingNews.xml", 10, 0, null },
        { "feeds/Rss20CTVNews.xml", 10, 0, null },
        { "feeds/Rss20DaStandardAt.xml", 34, 0, null },
        { "feeds/Rss20DailyMail.xml", 0, 1, RejectionReasons.Empty },
        { "feeds/Rss20FazNet.xml", 13, 0, null },
        { "feeds/Rss20ISO88591Intranet30.xml", 28, 2, RejectionReasons.NoBody },
        { "feeds/Rss20IndianExpress.xml", 0, 200, RejectionReasons.NoBody },
        { "feeds/Rss20JapanTimes.xml", 118, 0, null },
        { "feeds/Rss20JapanToday.xml", 19, 1, RejectionReasons.NoBody },
        { "feeds/Rss20LeFigaro.xml", 50, 0, null },
        { "feeds/Rss20LeMonde.xml", 18, 0, null },
        { "feeds/Rss20LeParisien.xml", 30, 0, null },
        { "feeds/Rss20MoscowTimes.xml", 50, 0, null },
        { "feeds/Rss20NYTimes.xml", 33, 0, null },
        { "feeds/Rss20NuusInAfrikaans.xml", 5, 0, null },
        { "feeds/Rss20Reuters.xml", 10, 0, null },
        { "feeds/Rss20Spiegel.xml", 17, 0, null },
        { "feeds/Rss20TheMirror.xml", 25, 0, null },
        { "feeds/Rss20YandexRussia.xml", 15, 0, null },
        { "superdesk/atom/wenn.xml", 2, 0, null },
        { "superdesk/rss-wxr/wordpress_wxr.xml", 3, 2, RejectionReasons.NoBody },
        { "superdesk/rss-wxr/wordpress_wxr_funke.xml", 1, 0, null },
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Decode_CorpusFile_GivesItsStoriesAndRejections(string file, int stories, int rejections, string? reason)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/" + file));

        result.Stories.Count.ShouldBe(stories);
        result.Rejections.Count.ShouldBe(rejections);
        result.Rejections.ShouldAllBe(r => r.Reason == reason);
        result.Stories.ShouldAllBe(s => s.Format == (file.Contains("Atom", StringComparison.Ordinal) || file.Contains("atom", StringComparison.Ordinal) ? "atom" : "rss"));
    }

    [Fact]
    public void CorpusFiles_CoverEveryFeedInTheCorpora()
    {
        var listed = CorpusFiles.Select(row => "corpora/" + row.Data.Item1);
        string[] folders = ["corpora/feeds", "corpora/superdesk/atom", "corpora/superdesk/rss-wxr"];

        folders.SelectMany(folder => SharedFiles.List(folder, "*.xml")).ShouldBe(listed, ignoreOrder: true);
    }

    [Fact]
    public void Decode_NotWellFormedAtom_IsMalformedWithTheLine()
    {
        var rejection = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/feeds/AtomSpecialCharacters.xml")).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.Malformed);
        rejection.Detail.ShouldContain("0x0F");
        rejection.Detail.ShouldContain("Line 43");
    }

    [Fact]
    public void Decode_ChannelWithoutItems_SaysSo()
    {
        var rejection = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/feeds/Rss20DailyMail.xml")).Rejection.ShouldNotBeNull();

        rejection.Detail.ShouldBe("The RSS channel holds no items, so there is no story in it.");
    }

    [Fact]
    public void Decode_CtvNews_ReadsSingleDigitDayCreditAndCreator()
    {
        var story = Stories("feeds/Rss20CTVNews.xml")[0];

        story.Headline.ShouldBe("Florida shooting suspect struggled with mental health: family");
        story.SourceUri.ShouldBe("http://www.ctvnews.ca/world/florida-shooting-suspect-struggled-with-mental-health-family-1.3231183");
        story.SourceId.ShouldBe("1.3231183");
        story.Published.ShouldBe(Time("2017-01-06T19:18:00-05:00"));
        story.Contributors.ShouldBe([new Contributor("Jason Dearen", ContributorRole.Author)]);
        story.Credit.ShouldBe("The Associated Press");
        story.Provider.ShouldBe("CTVNews.ca - Top Stories - Public RSS");
        story.Rights.Copyright.ShouldBe("Copyright Bellmedia");
        story.Language.ShouldBe("en");
        story.Paragraphs[0].ShouldStartWith("The man police say opened fire with a gun from his checked baggage");
    }

    [Fact]
    public void Decode_NyTimes_ReadsDateWithTrailingSpaceAndDomainCategoriesAsSubjects()
    {
        var story = Stories("feeds/Rss20NYTimes.xml")[0];

        story.Headline.ShouldBe("Putin Led a Complex Cyberattack Scheme to Aid Trump, Report Finds");
        story.Published.ShouldBe(Time("2017-01-07T01:49:31+00:00"));
        story.Contributors.ShouldBe([new Contributor("MICHAEL D. SHEAR and DAVID E. SANGER", ContributorRole.Author)]);
        story.Subjects.ShouldContain(new Subject("http://www.nytimes.com/namespaces/keywords/nyt_geo:Russia", "Russia"));
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_Yandex_ReadsDateWithoutWeekday()
    {
        Stories("feeds/Rss20YandexRussia.xml")[0].Published.ShouldBe(Time("2017-01-07T17:12:53+03:00"));
    }

    [Fact]
    public void Decode_Latin1Feed_ReadsNonAsciiTextAndAuthor()
    {
        var story = Stories("feeds/Rss20ISO88591Intranet30.xml")[0];

        story.Headline.ShouldBe("SVART MÅNAD - DÖDSOLYCKA i Vetlanda");
        story.Contributors.ShouldBe([new Contributor("Höglandsnytt", ContributorRole.Author)]);
        story.Paragraphs[0].ShouldStartWith("Under juli 2018 omkom 39 personer och 1 521 skadades i vägtrafiken.");
        story.Published.ShouldBe(Time("2018-08-19T07:14:00+00:00"));
    }

    [Fact]
    public void Decode_Latin1Feed_NamesTheItemsWithoutText()
    {
        var rejection = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/feeds/Rss20ISO88591Intranet30.xml")).Rejections[0];

        rejection.Detail.ShouldStartWith("Item 5 (05712720180819ef780120b825cceb1714b8ab9db587ef) \"Miljöbov som orsakar hörselskador och bränder\"");
    }

    [Fact]
    public void Decode_Rss091_ReadsTheItemAndNotesTheDtdItDidNotFetch()
    {
        var story = Stories("feeds/Rss091FullSample.xml").ShouldHaveSingleItem();

        story.Headline.ShouldBe("stuff");
        story.SourceUri.ShouldBe("http://bar/");
        story.Provider.ShouldBe("Scripting News");
        story.Language.ShouldBe("en-US");
        story.Paragraphs.ShouldBe(["This is an article about some stuff"]);
        story.Deviations.ShouldHaveSingleItem().ShouldContain("rss-0.91.dtd");
    }

    [Fact]
    public void Decode_Rss10_ReadsDcDateCreatorAndLanguage()
    {
        var story = Stories("feeds/Rss10Minutos20.xml")[0];

        story.Headline.ShouldBe("Obama le recuerda a Trump que Putin \u201Cno es de nuestro equipo\u201D");
        story.SourceId.ShouldBe("http://www.20minutos.es/noticia/2928243/0/obama-recuerda-trump-putin-no-es-de-su-equipo/");
        story.Published.ShouldBe(Time("2017-01-07T13:07:24+01:00"));
        story.Contributors.ShouldBe([new Contributor("EFE", ContributorRole.Author)]);
        story.Language.ShouldBe("es");
        story.Provider.ShouldBe("20minutos.es");
    }

    [Fact]
    public void Decode_Rss10WithoutDescriptions_RejectsEachItemByItsLink()
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/feeds/Rss10OrfAt.xml"));

        result.Rejections[0].Detail.ShouldBe(
            "Item 1 (http://orf.at/stories/2376368/) \"US-Band New Edition mit Stern auf \u201EWalk of Fame\u201C geehrt\" has a title but no text in its description or content.");
    }

    [Fact]
    public void Decode_Afrikaans_KeepsTheDashAndReadsCategoriesAsKeywords()
    {
        var story = Stories("feeds/Rss20NuusInAfrikaans.xml")[0];

        story.Paragraphs[0].ShouldStartWith("Bethulie \u2013 Verskeie staatsgetuies");
        story.Keywords.ShouldBe(["Nuus", "Suid-Afrika"]);
        story.Contributors.ShouldBe([new Contributor("Raymond", ContributorRole.Author)]);
    }

    [Fact]
    public void Decode_TheVerge_ReadsAtomHtmlContentAuthorAndOffset()
    {
        var story = Stories("feeds/AtomTheVerge.xml")[0];

        story.Format.ShouldBe("atom");
        story.Headline.ShouldBe("This is the new Hulu experience with live TV");
        story.SourceUri.ShouldBe("http://www.theverge.com/ces/2017/1/7/14195588/hulu-live-tv-streaming-internet-ces-2017");
        story.Published.ShouldBe(Time("2017-01-07T09:00:01-05:00"));
        story.Contributors.ShouldBe([new Contributor("Chris Welch", ContributorRole.Author)]);
        story.Provider.ShouldBe("The Verge - Front Pages");
        story.Language.ShouldBe("en");
        story.BodyHtml.ShouldNotBeNull();
        story.Paragraphs[0].ShouldStartWith("Hulu is giving closed-door demonstrations of its upcoming internet TV service");
    }

    [Fact]
    public void Decode_Wenn_ReadsTextContentFeedAuthorAndCategory()
    {
        var story = Stories("superdesk/atom/wenn.xml")[0];

        story.Headline.ShouldBe("Suge Knight involved in fatal hit and run incident");
        story.SourceId.ShouldBe("urn:feed-wenn-com:newsfeedarticle:2:2222:1");
        story.BodyHtml.ShouldBeNull();
        story.Paragraphs.ShouldBe(["This is body content1."]);
        story.Updated.ShouldBe(Time("2015-01-30T00:33:06+00:00"));
        story.Published.ShouldBeNull();
        story.Contributors.ShouldBe([new Contributor("WENN Newsdesk", ContributorRole.Author)]);
        story.Keywords.ShouldBe(["Music"]);
        story.Provider.ShouldBe("WENN Feed");
    }

    [Fact]
    public void Decode_WordPressExport_ReadsContentEncodedAndCategoryDomains()
    {
        var story = Stories("superdesk/rss-wxr/wordpress_wxr.xml")[0];

        story.Headline.ShouldBe("Starafrica to dispose assets for $6 million to clear debt");
        story.SourceId.ShouldBe("http://sdnewtester.org/?p=216");
        story.Published.ShouldBe(Time("2013-07-29T16:03:54+00:00"));
        story.Contributors.ShouldBe([new Contributor("admin", ContributorRole.Author)]);
        story.Paragraphs[0].ShouldStartWith("By Tester Harare, July 19 (The SDNewTester) - Cash-strapped StarAfrica Corporation");
        story.Subjects.ShouldContain(new Subject("category:Business", "Business"));
        story.Language.ShouldBe("en-US");
    }

    [Fact]
    public void Decode_WordPressExportWithMediaOnlyPost_RejectsItAndKeepsTheRest()
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/superdesk/rss-wxr/wordpress_wxr.xml"));

        result.Stories.Select(s => s.Headline).ShouldBe(["Starafrica to dispose assets for $6 million to clear debt", "test2", "test3"]);
        result.Rejections.Select(r => r.Detail[..r.Detail.IndexOf(')', StringComparison.Ordinal)]).ShouldBe(
            ["Item 4 (http://sdnewtester.org/?p=test4", "Item 5 (http://sdnewtester.org/?p=test5"]);
    }

    [Fact]
    public void Decode_InternalDtdSubset_IsRefused()
    {
        var rejection = Decode("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><title>T</title><item><title>&lol2;</title><description>Body</description></item></channel></rss>
            """).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.Dtd);
    }

    [Fact]
    public void Decode_ScriptAndJavascriptLinksInDescription_AreNotInTheBody()
    {
        var story = Decode("""
            <rss version="2.0"><channel><title>T</title><item>
              <title>Headline</title>
              <link>javascript:alert(1)</link>
              <description>&lt;p&gt;Safe &lt;a href="javascript:alert(2)"&gt;text&lt;/a&gt;.&lt;script&gt;alert(3)&lt;/script&gt;&lt;/p&gt;&lt;p onclick="alert(4)"&gt;More &lt;a href="https://example.org/x"&gt;here&lt;/a&gt;.&lt;/p&gt;</description>
            </item></channel></rss>
            """).Story.ShouldNotBeNull();

        story.BodyHtml.ShouldBe("<p>Safe text.</p><p>More <a href=\"https://example.org/x\">here</a>.</p>");
        story.SourceUri.ShouldBeNull();
    }

    [Fact]
    public void Decode_MarkupInTitle_BecomesPlainText()
    {
        var story = Decode("""
            <rss version="2.0"><channel><title>&lt;i&gt;The&lt;/i&gt; Feed</title><item>
              <title>&lt;b&gt;Bold&lt;/b&gt; move &amp;amp; more&lt;script&gt;alert(1)&lt;/script&gt;</title>
              <description>Body.</description>
            </item></channel></rss>
            """).Story.ShouldNotBeNull();

        story.Headline.ShouldBe("Bold move & more");
        story.Provider.ShouldBe("The Feed");
    }

    [Fact]
    public void Decode_MoreItemsThanTheCap_ReadsTheCapAndRejectsTheRest()
    {
        var items = string.Concat(Enumerable.Range(1, 1003).Select(i => $"<item><title>Story {i}</title><description>Text {i}.</description></item>"));

        var result = Decode($"<rss version=\"2.0\"><channel><title>T</title>{items}</channel></rss>");

        result.Stories.Count.ShouldBe(1000);
        result.Stories[^1].Headline.ShouldBe("Story 1000");
        var rejection = result.Rejections.ShouldHaveSingleItem();
        rejection.Reason.ShouldBe(RejectionReasons.TooLarge);
        rejection.Detail.ShouldBe("The feed holds 1003 items; only the first 1000 were read and the other 3 were dropped.");
    }

    [Fact]
    public void Decode_AtomWithMoreEntriesThanTheCap_ReadsTheCap()
    {
        var entries = string.Concat(Enumerable.Range(1, 1001).Select(i => $"<entry><id>urn:x:{i}</id><title>Story {i}</title><content>Text {i}.</content></entry>"));

        var result = Decode($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>{entries}</feed>");

        result.Stories.Count.ShouldBe(1000);
        result.Rejections.ShouldHaveSingleItem().Reason.ShouldBe(RejectionReasons.TooLarge);
    }

    private static List<Story> Stories(string file) => [.. StoryDecoder.Decode(SharedFiles.ReadBytes("corpora/" + file)).Stories];

    private static DecodeResult Decode(string xml) => StoryDecoder.Decode(Encoding.UTF8.GetBytes(xml));

    private static StoryTime Time(string iso) => StoryTime.From(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));
}
