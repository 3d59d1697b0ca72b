using System.Text;
using Syndication.Core.Decoding;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class RssFeedReaderTests
{
    [Fact]
    public void Read_TitleLessItem_IsRejectedByPositionAndTheRestDecodes()
    {
        var result = Decode("""
            <rss version="2.0"><channel><title>T</title>
              <item><title>First</title><description>One.</description></item>
              <item><guid>urn:x:2</guid><description>No title here.</description></item>
              <item><title>Third</title><description>Three.</description></item>
            </channel></rss>
            """);

        result.Stories.Select(s => s.Headline).ShouldBe(["First", "Third"]);
        var rejection = result.Rejections.ShouldHaveSingleItem();
        rejection.Reason.ShouldBe(RejectionReasons.NoHeadline);
        rejection.Detail.ShouldStartWith("Item 2 (urn:x:2) has no title");
    }

    [Fact]
    public void Read_DateNoReaderCanRead_IsNotedAndLeftOut()
    {
        var story = Story("<item><title>H</title><description>B.</description><pubDate>next Tuesday</pubDate></item>");

        story.Published.ShouldBeNull();
        story.Deviations.ShouldBe(["The item's pubDate \"next Tuesday\" is not a date with a time zone; it was left out."]);
    }

    [Fact]
    public void Read_PermalinkGuidWithoutLink_IsTheLink()
    {
        var story = Story("<item><title>H</title><description>B.</description><guid>https://example.org/a</guid></item>");

        story.SourceUri.ShouldBe("https://example.org/a");
        story.SourceId.ShouldBe("https://example.org/a");
    }

    [Fact]
    public void Read_GuidNotAPermalink_IsOnlyTheId()
    {
        var story = Story("<item><title>H</title><description>B.</description><guid isPermaLink=\"false\">https://example.org/a</guid></item>");

        story.SourceUri.ShouldBeNull();
        story.SourceId.ShouldBe("https://example.org/a");
    }

    [Fact]
    public void Read_ContentEncoded_IsPreferredToTheDescription()
    {
        var story = Story("""
            <item xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>H</title>
              <description>Teaser.</description><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
            """);

        story.Paragraphs.ShouldBe(["Full text."]);
    }

    [Fact]
    public void Read_ItemRightsAndLanguage_OverrideTheChannels()
    {
        var story = Decode("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><language>en</language><copyright>Channel</copyright>
              <item><title>H</title><description>B.</description><dc:rights>Item rights</dc:rights><dc:language>fr</dc:language></item>
            </channel></rss>
            """).Story.ShouldNotBeNull();

        story.Rights.Copyright.ShouldBe("Item rights");
        story.Language.ShouldBe("fr");
    }

    [Fact]
    public void Read_RdfWithoutChannel_IsNotAFeed()
    {
        var rejection = Decode("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description/></rdf:RDF>").Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.UnsupportedFormat);
    }

    [Fact]
    public void Read_RssWithoutChannel_IsMalformed() =>
        Decode("<rss version=\"2.0\"><item/></rss>").Rejection.ShouldNotBeNull().Reason.ShouldBe(RejectionReasons.Malformed);

    private static Core.Stories.Story Story(string item) =>
        Decode($"<rss version=\"2.0\"><channel><title>T</title>{item}</channel></rss>").Story.ShouldNotBeNull();

    private static DecodeResult Decode(string xml) => StoryDecoder.Decode(Encoding.UTF8.GetBytes(xml));
}
