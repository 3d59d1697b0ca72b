using System.Text;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;
using Syndication.Core.Tests.Feeds;
using static Syndication.Core.Tests.Formats.RenderedStories;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfRendererTests
{
    private static readonly XNamespace s_nitf = "http://iptc.org/std/NITF/2006-10-18/";

    [Fact]
    public async Task Render_SeedFullStoryAndEveryStatus_AreValidNitf36()
    {
        var full = Full();
        Story[] stories =
        [
            Seed(), full,
            full with { PubStatus = PubStatus.Canceled, IsCorrection = false },
            full with { PubStatus = PubStatus.Withheld, Embargo = null },
            full with { Paragraphs = ["Plain & simple."], BodyHtml = null, Subjects = [], Places = [], Keywords = [], Contributors = [], Rights = StoryRights.None },
        ];

        await AssertValidAsync(stories.Select(story => NitfRenderer.Render(Entry(story), Publisher)).ToList());
    }

    [Fact]
    public async Task Render_CorpusSampleOfEveryFormat_IsValidNitf36()
    {
        Corpus.Select(item => item.Story.Format).Distinct().ShouldBe(CorpusFormats, ignoreOrder: true);

        await AssertValidAsync(Corpus.Select(item => NitfRenderer.Render(Entry(item.Story), Publisher)).ToList());
    }

    [Fact]
    public void Render_Seed_ReadsBackAsTheSameStory()
    {
        var seed = Seed();
        var entry = Entry(seed);

        var back = ReadBack(entry);

        back.Headline.ShouldBe("Syrian Conflict: Twin assaults against the Islamic State (IS)");
        back.Kicker.ShouldBe("Syrian Conflict");
        back.Contributors.ShouldBe([new Contributor("Nelly Tawil", ContributorRole.Editor)]);
        back.Credit.ShouldBe("The Middle East Online");
        back.Rights.ShouldBe(new StoryRights("The Middle East Online", null, null));
        back.Paragraphs.ShouldBe(seed.Paragraphs);
        back.WordCount.ShouldBe(seed.WordCount);
        back.Slug.ShouldBe(seed.Slug);
        back.PubStatus.ShouldBe(PubStatus.Usable);
        back.SourceId.ShouldBe($"urn:syndication:story:{entry.ItemId}");
        Differences(back, ExpectedBack(entry)).ShouldBeEmpty();
    }

    [Fact]
    public void Render_FullStory_ReadsBackWithEveryFieldNitfCarries()
    {
        var entry = Entry(Full());

        var back = ReadBack(entry);

        Differences(back, ExpectedBack(entry)).ShouldBeEmpty();
        back.Contributors.Select(contributor => contributor.Role).ShouldBe([ContributorRole.Author, ContributorRole.Reporter, ContributorRole.Writer, ContributorRole.Editor]);
        back.Rights.ShouldBe(new StoryRights("The Middle East Online", "© 2026 Desk & Co", "No archiving <beyond> 30 days."));
        back.Subjects.ShouldBe(
        [
            new Subject("subj:04000000", "economy, business and finance"),
            new Subject("subj:04006000", "market and exchange"),
            new Subject("subj:04006002", "stocks"),
            new Subject("medtop:20000385", "stock market"),
            new Subject("MCC:OEC", null),
            new Subject(null, "Markets"),
            new Subject("http://cv.example.com/topics/markets", "Markets online"),
        ]);
        back.Embargo.ShouldBe(entry.Story.Embargo);
        back.Published.ShouldBe(entry.Story.Published);
        back.IsCorrection.ShouldBeTrue();
        back.BodyHtml!.ShouldContain("<blockquote><p>Quoted once.</p><p>Quoted twice.</p></blockquote>");
        back.BodyHtml!.ShouldContain("<table><tbody><tr><th>Team</th><th>Score</th></tr><tr><td>A &amp; B</td><td>1</td></tr></tbody></table>");
    }

    [Fact]
    public void Render_CorpusSample_ReadsBackAsTheSameStories()
    {
        var differences = new List<string>();
        foreach (var (file, story) in Corpus)
        {
            var entry = Entry(story);
            var result = StoryDecoder.Decode(NitfRenderer.Render(entry, Publisher));
            if (story.Paragraphs.Count == 0)
            {
                // A kill without text: NITF's reader refuses a body with nothing in it, as it does any other.
                result.Rejection!.Reason.ShouldBe(RejectionReasons.NoBody, file);
                continue;
            }

            result.Rejections.ShouldBeEmpty(file);
            differences.AddRange(Differences(result.Story!, ExpectedBack(entry)).Select(difference => $"{file} ({story.Headline}): {difference}"));
        }

        differences.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PubStatus.Usable, false, false)]
    [InlineData(PubStatus.Usable, true, false)]
    [InlineData(PubStatus.Withheld, true, true)]
    [InlineData(PubStatus.Withheld, false, false)]
    [InlineData(PubStatus.Canceled, false, true)]
    [InlineData(PubStatus.Canceled, true, false)]
    public void Render_Status_ReadsBackTheSameStatus(PubStatus status, bool embargoed, bool correction)
    {
        var full = Full();
        var story = full with { PubStatus = status, Embargo = embargoed ? full.Embargo : null, IsCorrection = correction };

        var back = ReadBack(Entry(story));

        back.PubStatus.ShouldBe(status);
        back.Embargo.ShouldBe(story.Embargo);
        back.IsCorrection.ShouldBe(correction);
    }

    [Fact]
    public void Render_FullStory_PutsEachFieldWhereNitfHasIt()
    {
        var entry = Entry(Full());

        var nitf = Parse(NitfRenderer.Render(entry, Publisher)).Root!;

        nitf.Attribute("version")!.Value.ShouldBe("-//IPTC//DTD NITF 3.6//EN");
        nitf.Attribute("baselang")!.Value.ShouldBe("en-GB");
        var head = nitf.Element(s_nitf + "head")!;
        head.Element(s_nitf + "meta")!.Attribute("content")!.Value.ShouldBe("The Middle East Online");
        var subjects = head.Element(s_nitf + "tobject")!.Elements(s_nitf + "tobject.subject").ToList();
        subjects.Select(s => s.Attribute("tobject.subject.refnum")!.Value).ShouldBe(["04000000", "04006000", "04006002"]);
        subjects[0].Attribute("tobject.subject.type")!.Value.ShouldBe("economy, business and finance");
        subjects[1].Attribute("tobject.subject.matter")!.Value.ShouldBe("market and exchange");
        subjects[2].Attribute("tobject.subject.detail")!.Value.ShouldBe("stocks");

        var docdata = head.Element(s_nitf + "docdata")!;
        docdata.Attribute("management-status")!.Value.ShouldBe("embargoed");
        docdata.Element(s_nitf + "doc-id")!.Attribute("id-string")!.Value.ShouldBe($"urn:syndication:story:{entry.ItemId}");
        docdata.Element(s_nitf + "doc-id")!.Attribute("regsrc")!.Value.ShouldBe(Publisher);
        docdata.Element(s_nitf + "urgency")!.Attribute("ed-urg")!.Value.ShouldBe("3");
        docdata.Element(s_nitf + "date.issue")!.Attribute("norm")!.Value.ShouldBe("20261125T093000+0200");
        docdata.Element(s_nitf + "date.release")!.Attribute("norm")!.Value.ShouldBe("20261125T120000-0500");
        docdata.Element(s_nitf + "du-key")!.Attribute("version")!.Value.ShouldBe("3");
        docdata.Element(s_nitf + "doc.copyright")!.Attribute("year")!.Value.ShouldBe("2026");
        docdata.Element(s_nitf + "doc.copyright")!.Attribute("holder")!.Value.ShouldBe("Desk & Co");
        docdata.Elements(s_nitf + "doc.rights").Select(r => (string?)r.Attribute("owner") + "|" + (string?)r.Attribute("type") + "|" + (string?)r.Attribute("limitations"))
            .ShouldBe(["The Middle East Online|exclusive|", "||No archiving <beyond> 30 days."]);
        docdata.Element(s_nitf + "key-list")!.Elements().Select(k => k.Attribute("key")!.Value).ShouldBe(["markets", "stocks & shares"]);
        docdata.Element(s_nitf + "correction").ShouldNotBeNull();
        docdata.Elements(s_nitf + "ed-msg").Select(m => m.Attribute("msg-type")!.Value).ShouldBe(["embargo"]);
        head.Element(s_nitf + "pubdata")!.Attribute("ex-ref")!.Value.ShouldBe("https://example.com/markets?id=1&x=2");

        var bodyHead = nitf.Element(s_nitf + "body")!.Element(s_nitf + "body.head")!;
        bodyHead.Element(s_nitf + "hedline")!.Element(s_nitf + "hl2")!.Value.ShouldBe("Traders & analysts <disagree>");
        bodyHead.Elements(s_nitf + "byline").Select(b => b.Value).ShouldBe(["By Ann Author", "Rae Porter, Reporter", "Wes Writer, Writer", "Ed Itor, Editor"]);
        bodyHead.Element(s_nitf + "distributor")!.Value.ShouldBe("Agence Example");
        bodyHead.Element(s_nitf + "dateline")!.Value.ShouldBe("BEIRUT, June 1");
    }

    [Fact]
    public void Render_HtmlBody_IsWrittenAsNitfBlocks()
    {
        var content = Parse(NitfRenderer.Render(Entry(Full()), Publisher)).Descendants(s_nitf + "body.content").Single();

        var written = content.ToString(SaveOptions.DisableFormatting).Replace(" xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"", string.Empty, StringComparison.Ordinal);

        written.ShouldBe(
            "<body.content>" +
            "<p>First <em>emphasis</em> and <em>strong</em> with a <a href=\"https://example.com/a?b=1&amp;c=2\">link</a>.<br />Next line.</p>" +
            "<hl2>Heading</hl2><hl2>Lower heading</hl2>" +
            "<ul><li>one</li><li>two <em>2</em></li></ul><ol><li>first</li></ol>" +
            "<bq><block><p>Quoted once.</p><p>Quoted twice.</p></block></bq>" +
            "<table><tr><th>Team</th><th>Score</th></tr><tr><td>A &amp; B</td><td>1</td></tr></table>" +
            "<p>Last ]]&gt; &lt;p&gt; &amp; done.</p>" +
            "</body.content>");
    }

    [Fact]
    public void Render_HostileText_IsEscapedAndReadsVerbatim()
    {
        var entry = FeedTestEntries.Hostile();

        var bytes = NitfRenderer.Render(entry, "Desk <&> \"Co\"");

        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldNotContain("<script>");
        text.ShouldNotContain("]]>");
        var nitf = Parse(bytes);
        nitf.Descendants(s_nitf + "hl1").Single().Value.ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        nitf.Descendants(s_nitf + "p").Select(p => p.Value).ShouldBe(["First <p>paragraph</p> & more.", "Second ]]> paragraph."]);
        nitf.Descendants(s_nitf + "doc-id").Single().Attribute("regsrc")!.Value.ShouldBe("Desk <&> \"Co\"");
        nitf.Descendants(s_nitf + "person").First().Value.ShouldBe("Ann <b>Writer</b>");
        nitf.Descendants(s_nitf + "script").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_ControlCharacters_AreDroppedAndTheDocumentStaysValid()
    {
        var story = FeedTestEntries.Hostile().Story with
        {
            Headline = "Bell\u0007 and NUL\u0000 gone, tab\tkept",
            Paragraphs = ["Vertical\u000Btab and escape\u001B gone.", "Half a pair \uD83D here, a whole one \uD83D\uDE00 there; \uFFFE no."],
            Contributors = [new Contributor("Ann\u0001 Writer", ContributorRole.Author)],
            Keywords = ["key\u0002word"],
            Subjects = [new Subject("subj:04000000", "name\u0003")],
        };

        var bytes = NitfRenderer.Render(new FeedEntry("0000000000000000000000000000c0de", story, FirstStored, LastStored), Publisher);

        await AssertValidAsync([bytes]);
        var nitf = Parse(bytes);
        nitf.Descendants(s_nitf + "hl1").Single().Value.ShouldBe("Bell and NUL gone, tab\tkept");
        nitf.Descendants(s_nitf + "p").Select(p => p.Value).ShouldBe(["Verticaltab and escape gone.", "Half a pair \uFFFD here, a whole one \uD83D\uDE00 there;  no."]);
        nitf.Descendants(s_nitf + "person").Single().Value.ShouldBe("Ann Writer");
        nitf.Descendants(s_nitf + "keyword").Single().Attribute("key")!.Value.ShouldBe("keyword");
        nitf.Descendants(s_nitf + "tobject.subject").Single().Attribute("tobject.subject.type")!.Value.ShouldBe("name");
    }

    [Fact]
    public void Render_Document_IsUtf8WithoutByteOrderMark()
    {
        var bytes = NitfRenderer.Render(Entry(Seed()), Publisher);

        bytes[0].ShouldBe((byte)'<');
        Encoding.UTF8.GetString(bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><nitf ");
    }

    [Fact]
    public void Render_StoryWithoutPublishedTime_IssuesItWhenFirstStored()
    {
        var story = Seed();
        story.Published.ShouldBeNull();

        var norm = Parse(NitfRenderer.Render(Entry(story), Publisher)).Descendants(s_nitf + "date.issue").Single().Attribute("norm")!.Value;

        norm.ShouldBe("20261125T100000+0100");
    }

    /// <summary>
    /// The story as it reads back from NITF. What NITF cannot carry, or carries in another form:
    /// <list type="bullet">
    /// <item>the id is the item's (<c>doc-id</c>), not the source's;</item>
    /// <item>the body is markup even when the source's was plain, with one heading level and one emphasis (see <see cref="BodyThroughNitf"/>);</item>
    /// <item>a kicker the source named is lost (NITF has none): the normalizer reads one off the headline again;</item>
    /// <item>the distributor is the publisher when the source names no provider, and the issue date the first storing when it gives no time;</item>
    /// <item>the version's time has no place; the copyright line comes back as "© YEAR HOLDER" from <c>doc.copyright</c>;</item>
    /// <item>a dateline's trailing dash is read as the dash before the text and dropped;</item>
    /// <item>IPTC Subject Codes (<c>tobject</c>) come back before other subjects (<c>identified-content</c>);</item>
    /// <item>the source's deviations are the source's: the rendered document has none.</item>
    /// </list>
    /// </summary>
    private static Story ExpectedBack(FeedEntry entry)
    {
        var story = entry.Story;
        var copyright = story.Rights.Copyright is { } line ? CopyrightLine.Parse(line) : null;
        var expected = story with
        {
            Format = NitfDecoder.Format,
            SourceId = $"urn:syndication:story:{entry.ItemId}",
            BodyHtml = BodyThroughNitf(story),
            Kicker = Kicker.FromHeadline(story.Headline),
            Provider = story.Provider ?? Publisher,
            Published = story.Published ?? StoryTime.From(entry.Published),
            Updated = null,
            Rights = copyright is null ? story.Rights : story.Rights with { Copyright = copyright.Year is null ? $"© {copyright.Holder}" : $"© {copyright.Year} {copyright.Holder}" },
            Dateline = story.Dateline?.TrimEnd().TrimEnd('-', '\u2013', '\u2014').TrimEnd(),
            Subjects = [.. story.Subjects.OrderBy(subject => subject.Code?.StartsWith("subj:", StringComparison.Ordinal) == true ? 0 : 1)],
            Deviations = [],
        };
        return expected with { Id = StoryId.Compute(expected) };
    }

    private static Story ReadBack(FeedEntry entry)
    {
        var result = StoryDecoder.Decode(NitfRenderer.Render(entry, Publisher));
        result.Rejections.ShouldBeEmpty();
        return result.Story!;
    }

    private static XDocument Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes));

    private static async Task AssertValidAsync(IReadOnlyList<byte[]> documents)
    {
        var (folder, files) = await WriteTempAsync(documents);
        try
        {
            var (exitCode, output) = await Validators.NitfAsync(files);
            exitCode.ShouldBe(0, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
