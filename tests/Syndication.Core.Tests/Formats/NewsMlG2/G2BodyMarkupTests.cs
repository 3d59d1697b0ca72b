using System.Xml.Linq;
using Syndication.Core.Formats.NewsMlG2;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

public sealed class G2BodyMarkupTests
{
    [Fact]
    public void Write_PrefixedXhtml_WritesLocalNamesWithoutNamespaces()
    {
        var body = XElement.Parse("""<html:body xmlns:html="http://www.w3.org/1999/xhtml"><html:p class="x">One <html:em>two</html:em></html:p></html:body>""");

        G2BodyMarkup.Write(body).ShouldBe("<p>One <em>two</em></p>");
    }

    [Fact]
    public void Write_NitfBodyContent_MapsNitfTagsToHtml()
    {
        var content = XElement.Parse("""
            <body.content xmlns="http://iptc.org/std/NITF/2006-10-18/"><block><hl2>Sub</hl2><p>Text</p><media><media-caption>Caption</media-caption></media></block></body.content>
            """);

        G2BodyMarkup.Write(content).ShouldBe("<h2>Sub</h2><p>Text</p>");
    }

    [Fact]
    public void Write_HeaderFigureAndH1_AreLeftOut()
    {
        var body = XElement.Parse("<body><header><h1>Headline</h1></header><h1>Headline</h1><figure><figcaption>Caption</figcaption></figure><p>Text</p></body>");

        G2BodyMarkup.Write(body).ShouldBe("<p>Text</p>");
    }

    [Fact]
    public void Write_TextAndLinks_AreEscaped()
    {
        var body = XElement.Parse("""<body><p>a &lt;b&gt; &amp; c <a href="https://example.com/?a=1&amp;b=&quot;2&quot;" onclick="x()">link</a><br/></p></body>""");

        G2BodyMarkup.Write(body).ShouldBe("<p>a &lt;b&gt; &amp; c <a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">link</a><br></p>");
    }

    [Fact]
    public void Write_NitfBlockQuote_IsABlockquote()
    {
        var content = XElement.Parse("""
            <body.content xmlns="http://iptc.org/std/NITF/2006-10-18/"><bq><block><p>Said once.</p></block><credit>A source</credit></bq></body.content>
            """);

        G2BodyMarkup.Write(content).ShouldBe("<blockquote><p>Said once.</p><credit>A source</credit></blockquote>");
    }
}
