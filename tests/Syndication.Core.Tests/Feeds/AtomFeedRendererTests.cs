using System.Text;
using System.Xml.Linq;
using Syndication.Core.Feeds;

namespace Syndication.Core.Tests.Feeds;

public sealed class AtomFeedRendererTests
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Render_HostileText_IsEscapedAndReadsBackVerbatim()
    {
        var xml = Render();
        var entry = xml.Root!.Element(s_atom + "entry")!;
        entry.Element(s_atom + "title")!.Value.ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        var content = entry.Element(s_atom + "content")!;
        content.Attribute("type")!.Value.ShouldBe("html");
        content.Value.ShouldBe("<p>First &lt;p&gt;paragraph&lt;/p&gt; &amp; more.</p><p>Second ]]&gt; paragraph.</p>");
        xml.Descendants("script").ShouldBeEmpty();
    }

    [Fact]
    public void Render_Entry_CarriesIdRightsAuthorsAndEditors()
    {
        var entry = Render().Root!.Element(s_atom + "entry")!;
        entry.Element(s_atom + "id")!.Value.ShouldBe("urn:syndication:story:fedcba9876543210fedcba9876543210");
        entry.Element(s_atom + "rights")!.Value.ShouldBe("© 2026 Desk; Exclusive to Partner & Sons");
        entry.Element(s_atom + "author")!.Element(s_atom + "name")!.Value.ShouldBe("Ann <b>Writer</b>");
        entry.Element(s_atom + "contributor")!.Element(s_atom + "name")!.Value.ShouldBe("Ed Itor");
        entry.Element(s_atom + "updated")!.Value.ShouldBe("2026-11-25T11:00:00Z");
        entry.Element(s_atom + "published")!.Value.ShouldBe("2026-11-25T10:00:00Z");
    }

    [Fact]
    public void Render_Feed_IsUtf8WithoutByteOrderMark()
    {
        var bytes = AtomFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()]);
        bytes[0].ShouldBe((byte)'<');
        Encoding.UTF8.GetString(bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    }

    [Fact]
    public void Render_NoEntries_IsStillAFeed()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(AtomFeedRenderer.Render(FeedTestEntries.Description, [])));
        xml.Root!.Name.ShouldBe(s_atom + "feed");
        xml.Root.Element(s_atom + "author")!.Element(s_atom + "name")!.Value.ShouldBe("Desk & Co");
    }

    [Fact]
    public void Render_Tombstones_WriteRfc6721DeletedEntries()
    {
        var killedAt = new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.FromHours(1));

        var xml = XDocument.Parse(Encoding.UTF8.GetString(AtomFeedRenderer.Render(
            FeedTestEntries.Description, [FeedTestEntries.Hostile()], [new FeedTombstone("0000000000000000000000000000dead", killedAt)])));

        XNamespace at = AtomFeedRenderer.TombstonesNamespace;
        var tombstone = xml.Root!.Element(at + "deleted-entry").ShouldNotBeNull();
        tombstone.Attribute("ref")!.Value.ShouldBe("urn:syndication:story:0000000000000000000000000000dead");
        tombstone.Attribute("when")!.Value.ShouldBe("2026-11-25T11:30:00Z");
    }

    [Fact]
    public void Render_Correction_IsMarkedWithAStatusCategory()
    {
        var correction = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { IsCorrection = true } };

        var xml = XDocument.Parse(Encoding.UTF8.GetString(AtomFeedRenderer.Render(FeedTestEntries.Description, [correction])));

        var category = xml.Root!.Element(s_atom + "entry")!.Element(s_atom + "category").ShouldNotBeNull();
        category.Attribute("term")!.Value.ShouldBe("correction");
        category.Attribute("scheme")!.Value.ShouldBe("urn:syndication:status");
        Render().Root!.Element(s_atom + "entry")!.Element(s_atom + "category").ShouldBeNull();
    }

    [Fact]
    public async Task Render_PagedFeed_LinksSelfAndNextAndStillValidates()
    {
        var bytes = AtomFeedRenderer.Render(FeedTestEntries.Paged, [FeedTestEntries.Described()]);

        var links = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Elements(s_atom + "link")
            .Select(e => (Rel: e.Attribute("rel")!.Value, Href: e.Attribute("href")!.Value, Type: e.Attribute("type")?.Value));
        links.ShouldBe([
            ("alternate", "http://127.0.0.1:8080/", null),
            ("self", "http://127.0.0.1:8080/feeds/latest?page=2", "application/atom+xml"),
            ("next", "http://127.0.0.1:8080/feeds/latest?page=3", "application/atom+xml"),
        ]);
        using var file = RenderedFile.Write(bytes, ".atom");
        var (exitCode, output) = await Validators.AtomAsync(file.Path);
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public async Task Render_FeedWithHub_LinksTheHubBesideSelfAndStillValidates()
    {
        var bytes = AtomFeedRenderer.Render(FeedTestEntries.WithHub, [FeedTestEntries.Described()]);

        var links = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Elements(s_atom + "link")
            .Select(e => (Rel: e.Attribute("rel")!.Value, Href: e.Attribute("href")!.Value, Type: e.Attribute("type")?.Value));
        links.ShouldBe([
            ("alternate", "http://127.0.0.1:8080/", null),
            ("self", "http://127.0.0.1:8080/partners/meo/feeds/all", "application/atom+xml"),
            ("hub", "http://127.0.0.1:8080/websub", null),
        ]);
        Render().Root!.Elements(s_atom + "link").ShouldNotContain(e => e.Attribute("rel")!.Value == "hub", "no hub, no hub link");
        using var file = RenderedFile.Write(bytes, ".atom");
        var (exitCode, output) = await Validators.AtomAsync(file.Path);
        exitCode.ShouldBe(0, output);
    }

    private static XDocument Render() =>
        XDocument.Parse(Encoding.UTF8.GetString(AtomFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()])));
}
