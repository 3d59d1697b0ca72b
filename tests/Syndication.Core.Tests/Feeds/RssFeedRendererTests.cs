using System.Text;
using System.Xml.Linq;
using Syndication.Core.Feeds;

namespace Syndication.Core.Tests.Feeds;

public sealed class RssFeedRendererTests
{
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";

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

    private static XDocument Render() =>
        XDocument.Parse(Encoding.UTF8.GetString(RssFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()])));
}
