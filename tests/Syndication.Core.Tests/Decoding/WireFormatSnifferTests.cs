using System.Text;
using Syndication.Core.Decoding;

namespace Syndication.Core.Tests.Decoding;

public sealed class WireFormatSnifferTests
{
    [Theory]
    [InlineData("Headline\n\nBody.", nameof(WireFormat.PlainCopy))]
    [InlineData("  {\"headline\": \"x\"}", nameof(WireFormat.Ninjs))]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- <rss> --><!DOCTYPE nitf SYSTEM \"x.dtd\"><nitf>", nameof(WireFormat.Nitf))]
    [InlineData("<ns0:newsItem xmlns:ns0=\"http://iptc.org/std/nar/2006-10-01/\">", nameof(WireFormat.NewsMlG2))]
    [InlineData("<newsMessage>", nameof(WireFormat.NewsMlG2))]
    [InlineData("<packageItem>", nameof(WireFormat.NewsMlG2))]
    [InlineData("<rss version=\"2.0\">", nameof(WireFormat.Feed))]
    [InlineData("<rdf:RDF xmlns:rdf=\"x\">", nameof(WireFormat.Feed))]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", nameof(WireFormat.Feed))]
    [InlineData("<REUTERS TOPICS=\"YES\" NEWID=\"1\">", nameof(WireFormat.ReutersSgml))]
    [InlineData("\u0001\u0016 a0001 r fi", nameof(WireFormat.Iptc7901))]
    [InlineData("ZCZC\nheader", nameof(WireFormat.Iptc7901))]
    [InlineData("<catalog><item>x</item></catalog>", nameof(WireFormat.UnknownMarkup))]
    [InlineData("<catalog id=\"1\"/>", nameof(WireFormat.UnknownMarkup))]
    [InlineData("<?xml version=\"1.0\"?>\n<catalog>", nameof(WireFormat.UnknownMarkup))]
    [InlineData("<3 is a heart, not a tag", nameof(WireFormat.PlainCopy))]
    [InlineData("<CINRAM> SEES 1987 NET UP\n\nTORONTO, March 3 - <Cinram Ltd> said...", nameof(WireFormat.PlainCopy))]
    public void Detect_FirstBytes_TellFormat(string input, string expected) =>
        WireFormatSniffer.Detect(Encoding.UTF8.GetBytes(input), out _).ToString().ShouldBe(expected);

    [Fact]
    public void Detect_ByteOrderMarkBeforeXml_ReadsRootPastIt() =>
        WireFormatSniffer.Detect([0xEF, 0xBB, 0xBF, .. "<rss>"u8], out var root).ShouldBe(WireFormat.Feed);

    [Fact]
    public void Detect_HeadlineStartingWithATickerInAngleBrackets_IsPlainCopyWithoutARoot()
    {
        WireFormatSniffer.Detect("<IVACO INC> SETS QUARTERLY DIVIDEND\n\nMONTREAL - Ivaco Inc said..."u8, out var root).ShouldBe(WireFormat.PlainCopy);

        root.ShouldBeNull();
    }

    [Fact]
    public void Detect_UnknownRoot_NamesIt()
    {
        WireFormatSniffer.Detect("<NewsML Version=\"1.2\"><NewsItem/></NewsML>"u8, out var root).ShouldBe(WireFormat.UnknownMarkup);

        root.ShouldBe("NewsML");
    }
}
