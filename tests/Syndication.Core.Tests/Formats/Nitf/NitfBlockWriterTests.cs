using System.Text;
using System.Xml;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfBlockWriterTests
{
    [Fact]
    public void Write_PlainBody_IsAParagraphEach()
    {
        Written(Story(null, "One & two.", "Three <four>.")).ShouldBe("<p>One &amp; two.</p><p>Three &lt;four&gt;.</p>");
    }

    [Fact]
    public void Write_CanonicalBody_MapsEachBlockAndInline()
    {
        Written(Story("<p>A <em>b</em> <strong>c</strong> <a href=\"https://x.example/?a=1&amp;b=2\">d</a><br>e</p><h4>H</h4><ol><li>i</li></ol>"))
            .ShouldBe("<p>A <em>b</em> <em>c</em> <a href=\"https://x.example/?a=1&amp;b=2\">d</a><br />e</p><hl2>H</hl2><ol><li>i</li></ol>");
    }

    [Fact]
    public void Write_InlineContentOutsideABlock_GoesIntoParagraphs()
    {
        Written(Story("Loose <em>text</em><p>Block</p> more text")).ShouldBe("<p>Loose <em>text</em></p><p>Block</p><p> more text</p>");
    }

    [Fact]
    public void Write_ListWithoutItems_IsLeftOutAndStrayListTextBecomesAnItem()
    {
        Written(Story("<ul> </ul><ul>stray<li>item</li></ul>")).ShouldBe("<ul><li>stray</li><li>item</li></ul>");
    }

    [Fact]
    public void Write_NestedListAndContainers_StayValidNitf()
    {
        Written(Story("<div><section><ul><li>outer<ul><li>inner</li></ul></li></ul></section></div><span>x</span>"))
            .ShouldBe("<ul><li>outer<ul><li>inner</li></ul></li></ul><p>x</p>");
    }

    [Fact]
    public void Write_TableInsideATable_KeepsEachTablesOwnRows()
    {
        Written(Story("<table><tr><td>a</td><td><table><tr><td>b</td></tr></table></td></tr><tr></tr></table>"))
            .ShouldBe("<table><tr><td>a</td><td>b</td></tr></table>");
    }

    [Fact]
    public void Write_LinkWithoutHref_KeepsItsText()
    {
        Written(Story("<p><a name=\"x\">anchor</a></p>")).ShouldBe("<p>anchor</p>");
    }

    private static Story Story(string? html, params string[] paragraphs) => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        Headline = "H",
        Paragraphs = paragraphs,
        BodyHtml = html,
        Slug = "h",
        Format = "test",
    };

    private static string Written(Story story)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment }))
        {
            NitfBlockWriter.Write(writer, story);
        }

        return output.ToString();
    }
}
