using System.Text;
using System.Xml.Linq;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Feeds;

public sealed class RssFeedRendererTests
{
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace s_media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Render_Item_CarriesBodyRightsAndPeopleInDublinCore()
    {
        var item = Render().Root!.Element("channel")!.Element("item")!;
        item.Element("title")!.Value.ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        item.Element(s_content + "encoded")!.Value.ShouldBe("<p>First &lt;p&gt;paragraph&lt;/p&gt; &amp; more.</p><p>Second ]]&gt; paragraph.</p>");
        item.Element(s_dc + "rights")!.Value.ShouldBe("© 2026 Desk; Exclusive to Partner & Sons");
        item.Element(s_dc + "creator")!.Value.ShouldBe("Ann <b>Writer</b>");
        item.Element(s_dc + "contributor")!.Value.ShouldBe("Ed Itor");
        item.Element("description")!.Value.ShouldBe("First <p>paragraph</p> & more.");
        item.Element("author").ShouldBeNull("RSS's author must be an e-mail address; names go in dc:creator");
    }

    [Fact]
    public void Render_Item_HasAStableGuidThatIsNotAPermalink()
    {
        var guid = Render().Root!.Element("channel")!.Element("item")!.Element("guid")!;
        guid.Value.ShouldBe("urn:syndication:story:fedcba9876543210fedcba9876543210");
        guid.Attribute("isPermaLink")!.Value.ShouldBe("false");
    }

    [Fact]
    public void Render_Channel_NamesThePublisher()
    {
        var channel = Render().Root!.Element("channel")!;
        channel.Element(s_dc + "publisher")!.Value.ShouldBe("Desk & Co");
        Render().Root!.Attribute("version")!.Value.ShouldBe("2.0");
    }

    [Fact]
    public void Render_Correction_IsMarkedWithAStatusCategory()
    {
        var correction = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { IsCorrection = true } };

        var xml = XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Description, [correction])));

        var category = xml.Root!.Element("channel")!.Element("item")!.Element("category").ShouldNotBeNull();
        category.Value.ShouldBe("correction");
        category.Attribute("domain")!.Value.ShouldBe("urn:syndication:status");
    }

    [Fact]
    public void Render_Item_CarriesSubjectsAndLanguageInDublinCore()
    {
        var item = Item(FeedTestEntries.Described());

        item.Elements(s_dc + "subject").Select(e => e.Value).ShouldBe(["economy, business & finance", "subj:15000000", "Sport", "Other"]);
        item.Element(s_dc + "language")!.Value.ShouldBe("en-GB");
        item.Elements(s_dc + "date").ShouldBeEmpty("beside pubDate, dc:date says the same thing twice");
    }

    [Fact]
    public void Render_Item_CreditsEachPersonWithAnEbuRole()
    {
        var credits = Item(FeedTestEntries.Described()).Elements(s_media + "credit")
            .Select(e => (Role: e.Attribute("role")!.Value, Name: e.Value));

        credits.ShouldBe([("author", "Ann <b>Writer</b>"), ("reporter", "Rob Reporter"), ("editor", "Ed Itor")]);
    }

    [Fact]
    public void Render_CodedSubjects_AreMediaCategoriesInTheirScheme()
    {
        var categories = Item(FeedTestEntries.Described()).Elements(s_media + "category")
            .Select(e => (Scheme: e.Attribute("scheme")!.Value, Term: e.Value, Label: e.Attribute("label")?.Value));

        // "xyz:1" names no scheme that can be given as a URI, so it is a dc:subject only.
        categories.ShouldBe([
            ("http://cv.iptc.org/newscodes/mediatopic/", "04000000", "economy, business & finance"),
            ("http://cv.iptc.org/newscodes/subjectcode/", "15000000", null),
            ("http://example.com/topics/", "sport", "Sport"),
        ]);
    }

    [Fact]
    public void Render_Item_CarriesKeywordsOnceEachAndTheCopyright()
    {
        var item = Item(FeedTestEntries.Described());

        // Media RSS separates keywords with commas: one inside a keyword would cut it in two.
        item.Element(s_media + "keywords")!.Value.ShouldBe("oil, opec vienna");
        item.Element(s_media + "copyright")!.Value.ShouldBe("© 2026 Desk");
    }

    [Fact]
    public void Render_StoryWithNothingForThem_WritesNoEmptyElements()
    {
        var item = Item(FeedTestEntries.Hostile() with
        {
            Story = FeedTestEntries.Hostile().Story with { Contributors = [], Rights = StoryRights.None },
        });

        item.Elements().Where(e => e.Name.Namespace == s_media).ShouldBeEmpty();
        item.Elements(s_dc + "subject").ShouldBeEmpty();
        item.Elements(s_dc + "language").ShouldBeEmpty();
        foreach (var document in new[] { Render(), XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Described()]))) })
        {
            document.Descendants().Where(e => !e.HasAttributes && !e.HasElements && e.Value.Trim().Length == 0).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Render_PagedFeed_LinksSelfAndNextAsAtomLinksOnTheChannel()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Hostile()])));
        var channel = xml.Root!.Element("channel")!;

        var links = channel.Elements(s_atom + "link").Select(e => (Rel: e.Attribute("rel")!.Value, Href: e.Attribute("href")!.Value, Type: e.Attribute("type")!.Value));

        links.ShouldBe([
            ("self", "http://127.0.0.1:8080/feeds/latest?page=2", "application/rss+xml"),
            ("next", "http://127.0.0.1:8080/feeds/latest?page=3", "application/rss+xml"),
        ]);
        channel.Element("link")!.Value.ShouldBe("http://127.0.0.1:8080/");
        Render().Root!.Element("channel")!.Elements(s_atom + "link").ShouldBeEmpty("a feed that is not paged has no page links");
    }

    [Fact]
    public async Task Render_FeedWithHub_LinksTheHubAsAnAtomLinkThatReadersSee()
    {
        var bytes = RssFeedRenderer.Render(FeedTestEntries.WithHub, [FeedTestEntries.Described()]);
        var channel = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element("channel")!;

        var hub = channel.Elements(s_atom + "link").Where(e => e.Attribute("rel")!.Value == "hub").ShouldHaveSingleItem();
        hub.Attribute("href")!.Value.ShouldBe("http://127.0.0.1:8080/websub");
        hub.Attribute("type").ShouldBeNull();
        using var file = RenderedFile.Write(bytes, ".rss");
        var parsed = await FeedParser.ParseAsync(file.Path);
        parsed.GetProperty("bozo").GetInt32().ShouldBe(0, parsed.ToString());
        parsed.GetProperty("links").EnumerateArray().Select(l => (l.GetProperty("rel").GetString(), l.GetProperty("href").GetString()))
            .ShouldContain(("hub", "http://127.0.0.1:8080/websub"));
    }

    [Fact]
    public void Render_Namespaces_AreDeclaredOnceOnTheChannel()
    {
        var xml = Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Described(), FeedTestEntries.Hostile()]));

        foreach (var prefix in new[] { "dc", "content", "media", "atom" })
        {
            xml.Split($"xmlns:{prefix}=").Length.ShouldBe(2, prefix);
        }

        XDocument.Parse(xml).Root!.Element("channel")!.Attribute(XNamespace.Xmlns + "media")!.Value.ShouldBe("http://search.yahoo.com/mrss/");
    }

    [Fact]
    public async Task Render_Feed_ReadsBackInPythonFeedparser()
    {
        using var file = RenderedFile.Write(RssFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Described()]), ".rss");

        var parsed = await FeedParser.ParseAsync(file.Path);

        parsed.GetProperty("bozo").GetInt32().ShouldBe(0, parsed.ToString());
        parsed.GetProperty("version").GetString().ShouldBe("rss20");
        var links = parsed.GetProperty("links").EnumerateArray().Select(l => (l.GetProperty("rel").GetString(), l.GetProperty("href").GetString())).ToList();
        links.ShouldContain(("self", "http://127.0.0.1:8080/feeds/latest?page=2"));
        links.ShouldContain(("next", "http://127.0.0.1:8080/feeds/latest?page=3"));
        var entry = parsed.GetProperty("entries")[0];
        entry.GetProperty("title").GetString().ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        entry.GetProperty("language").GetString().ShouldBe("en-GB");
        entry.GetProperty("rights").GetString().ShouldBe("© 2026 Desk; Exclusive to Partner & Sons");
        var tags = entry.GetProperty("tags").EnumerateArray()
            .Select(t => (t.GetProperty("term").GetString(), t.GetProperty("scheme").GetString())).ToList();
        tags.ShouldContain(("04000000", "http://cv.iptc.org/newscodes/mediatopic/"));
        tags.ShouldContain(("economy, business & finance", null));
        tags.ShouldContain(("opec vienna", null));
        entry.GetProperty("credits").EnumerateArray().Select(c => c.GetProperty("role").GetString()).ShouldBe(["author", "reporter", "editor"]);
    }

    [Fact]
    public async Task Render_Feed_ReadsBackInNpmFeedExtractor()
    {
        using var file = RenderedFile.Write(RssFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Described()]), ".rss");

        var feed = await Validators.ReadFeedAsync(file.Path);

        var entry = feed.GetProperty("entries")[0];
        entry.GetProperty("id").GetString().ShouldBe("urn:syndication:story:fedcba9876543210fedcba9876543210");
        entry.GetProperty("title").GetString().ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        var raw = entry.GetProperty("raw");
        raw.GetProperty("dc:language").GetString().ShouldBe("en-GB");
        raw.GetProperty("media:keywords").GetString().ShouldBe("oil, opec vienna");
        raw.GetProperty("media:copyright").GetString().ShouldBe("© 2026 Desk");
        raw.GetProperty("dc:subject").EnumerateArray().Select(s => s.GetString()).ShouldContain("economy, business & finance");
        raw.GetProperty("media:credit").EnumerateArray().Select(c => c.GetProperty("@_role").GetString()).ShouldBe(["author", "reporter", "editor"]);
    }

    private static XElement Item(FeedEntry entry) =>
        XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Description, [entry]))).Root!.Element("channel")!.Element("item")!;

    private static XDocument Render() =>
        XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()])));
}
