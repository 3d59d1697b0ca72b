using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class AtomFeedReaderTests
{
    [Fact]
    public void Read_XhtmlContentAndSchemedCategory_AreBodyHtmlAndSubject()
    {
        var story = Story("""
            <entry><id>urn:x:1</id><title type="html">&lt;em&gt;Rates&lt;/em&gt; rise</title>
              <published>2024-03-01T10:00:00+01:00</published><updated>2024-03-01T12:30:00+01:00</updated>
              <author><name>Ann Smith</name></author>
              <category term="04000000" scheme="http://cv.iptc.org/newscodes/mediatopic/" label="economy"/>
              <link rel="alternate" href="https://example.org/rates"/>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rates <b>rose</b> today.</p></div></content>
            </entry>
            """);

        story.Headline.ShouldBe("Rates rise");
        story.Paragraphs.ShouldBe(["Rates rose today."]);
        story.Subjects.ShouldBe([new Subject("http://cv.iptc.org/newscodes/mediatopic/04000000", "economy")]);
        story.Contributors.ShouldBe([new Contributor("Ann Smith", ContributorRole.Author)]);
        story.SourceUri.ShouldBe("https://example.org/rates");
        story.Published!.Offset.ShouldBe("+01:00");
        story.Updated!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2024, 3, 1, 12, 30, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Read_MediaContentWithSummary_ReadsTheSummaryAndNotesTheContent()
    {
        var story = Story("""
            <entry><id>urn:x:1</id><title>Photo</title><updated>2024-03-01T10:00:00Z</updated>
              <content type="image/png">iVBORw0KGgo=</content><summary>What the photo shows.</summary></entry>
            """);

        story.Paragraphs.ShouldBe(["What the photo shows."]);
        story.Deviations.ShouldBe(["The entry's content is image/png, not text; only its summary could be read."]);
    }

    [Fact]
    public void Read_UnreadableDate_IsNotedAndTheEntryKept()
    {
        var story = Story("<entry><id>urn:x:1</id><title>H</title><updated>soon</updated><content>B.</content></entry>");

        story.Updated.ShouldBeNull();
        story.Deviations.ShouldBe(["The entry's updated date is not a date with a time zone; it was left out."]);
    }

    [Fact]
    public void Read_LoneEntryDocument_IsOneStory()
    {
        var story = StoryDecoder.Decode(Encoding.UTF8.GetBytes("""
            <entry xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><id>urn:x:1</id><title>Allein</title>
              <updated>2024-03-01T10:00:00Z</updated><content>Text.</content></entry>
            """)).Story.ShouldNotBeNull();

        story.Headline.ShouldBe("Allein");
        story.Language.ShouldBe("de");
        story.Format.ShouldBe("atom");
    }

    [Fact]
    public void Read_Atom03_IsNotRead()
    {
        var rejection = StoryDecoder.Decode(Encoding.UTF8.GetBytes("<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"><entry/></feed>")).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.UnsupportedFormat);
        rejection.Detail.ShouldContain("Atom 0.3");
    }

    [Fact]
    public void Read_FeedWithoutEntries_IsEmpty() =>
        StoryDecoder.Decode(Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>"))
            .Rejection.ShouldNotBeNull().Reason.ShouldBe(RejectionReasons.Empty);

    private static Story Story(string entry) =>
        StoryDecoder.Decode(Encoding.UTF8.GetBytes($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>{entry}</feed>")).Story.ShouldNotBeNull();
}
