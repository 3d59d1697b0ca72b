using System.Xml.Linq;
using Syndication.Core.Formats.Nitf;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfBodyHtmlTests
{
    private static NitfBodyHtml Read(string content) => NitfBodyHtml.Read(XElement.Parse($"<body.content>{content}</body.content>"));

    [Fact]
    public void Read_ParagraphsAndSubheads_MapToPAndH2()
    {
        Read("<p>One.</p><hl2>Sub</hl2><p>Two.</p>").Html.ShouldBe("<p>One.</p><h2>Sub</h2><p>Two.</p>");
    }

    [Fact]
    public void Read_InlineEntities_AreUnwrappedToTheirText()
    {
        Read("<p><person>Roy Keane</person> of <org value=\"x\">United</org> on <chron>Monday</chron>.</p>").Html
            .ShouldBe("<p>Roy Keane of United on Monday.</p>");
    }

    [Fact]
    public void Read_BlocksQuotesAndLists_KeepTheirShape()
    {
        Read("<block><p>In a block.</p></block><bq><block><p>Quoted.</p></block><credit>Someone</credit></bq><ol><li><em>One</em></li></ol>").Html
            .ShouldBe("<p>In a block.</p><blockquote><p>Quoted.</p><p>Someone</p></blockquote><ol><li><em>One</em></li></ol>");
    }

    [Fact]
    public void Read_Table_KeepsRowsAndPutsCaptionBefore()
    {
        Read("<table><caption>Tides</caption><tr><th>Time</th></tr><tbody><tr><td>6am</td></tr></tbody></table>").Html
            .ShouldBe("<p>Tides</p><table><tr><th>Time</th></tr><tbody><tr><td>6am</td></tr></tbody></table>");
    }

    [Fact]
    public void Read_MediaAndNotes_AreLeftOut()
    {
        var body = Read("<media><media-caption>Caption</media-caption></media><note><body.content><p>For editors.</p></body.content></note><p>Text.</p>");

        body.Html.ShouldBe("<p>Text.</p>");
        body.UnknownElements.ShouldBeEmpty();
    }

    [Fact]
    public void Read_Preformatted_KeepsLinesAndRuns()
    {
        Read("<pre>Line one\nLine two\n\nNext run\n</pre>").Html.ShouldBe("<p>Line one<br>Line two</p><p>Next run</p>");
    }

    [Fact]
    public void Read_UnknownElement_IsLeftOutAndNamed()
    {
        var body = Read("<p>Kept<script>alert(1)</script></p><iframe src=\"x\">y</iframe>");

        body.Html.ShouldBe("<p>Kept</p>");
        body.UnknownElements.ShouldBe(["iframe", "script"]);
    }

    [Fact]
    public void Read_TextAndAttributes_AreEscaped()
    {
        Read("<p>a &lt;b&gt; &amp; <a href=\"https://x.test/?q=&quot;1&quot;&amp;r=2\">link</a></p>").Html
            .ShouldBe("<p>a &lt;b&gt; &amp; <a href=\"https://x.test/?q=&quot;1&quot;&amp;r=2\">link</a></p>");
    }

    [Fact]
    public void Read_NamespacedBody_ReadsContentAndTagline()
    {
        var body = XElement.Parse("""
            <body xmlns="http://iptc.org/std/NITF/2006-10-18/">
              <body.head><hedline><hl1>Not body text</hl1></hedline></body.head>
              <body.content><p>Text.</p></body.content>
              <body.end><tagline>Tagline.</tagline></body.end>
            </body>
            """);

        NitfBodyHtml.Read(body).Html.ShouldBe("<p>Text.</p><p>Tagline.</p>");
    }

    [Fact]
    public void Read_ForeignNamespaceElement_IsUnknown()
    {
        var body = XElement.Parse("<body.content xmlns:x=\"urn:x\"><p>A<x:b>B</x:b></p></body.content>");

        NitfBodyHtml.Read(body).UnknownElements.ShouldBe(["b"]);
    }
}
