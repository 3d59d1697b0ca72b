using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Xml;

namespace Syndication.Core.Tests.Xml;

public sealed class XmlInputTests
{
    [Fact]
    public void TryLoad_BillionLaughs_RefusesDtd()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <nitf>&lol2;</nitf>
            """;

        Rejected(xml).Reason.ShouldBe(RejectionReasons.Dtd);
    }

    [Fact]
    public void TryLoad_ExternalEntity_RefusesDtd() =>
        Rejected("<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><nitf>&x;</nitf>").Reason.ShouldBe(RejectionReasons.Dtd);

    [Fact]
    public void TryLoad_ExternalDtdOnly_LoadsWithoutFetchingAndNotesIt()
    {
        var deviations = new List<string>();

        XmlInput.TryLoad("<!DOCTYPE nitf SYSTEM \"http://127.0.0.1:9/nitf.dtd\"><nitf><p>x</p></nitf>"u8, deviations, out var document, out _).ShouldBeTrue();

        document.Root!.Name.LocalName.ShouldBe("nitf");
        deviations.ShouldHaveSingleItem().ShouldContain("not fetched");
    }

    [Fact]
    public void TryLoad_NestedBeyondCap_RefusesTooDeep()
    {
        var xml = string.Concat(Enumerable.Repeat("<a>", XmlInput.MaxDepth + 2)) + string.Concat(Enumerable.Repeat("</a>", XmlInput.MaxDepth + 2));

        Rejected(xml).Reason.ShouldBe(RejectionReasons.TooDeep);
    }

    [Fact]
    public void TryLoad_NotWellFormed_RefusesMalformedWithPosition() =>
        Rejected("<nitf><p>open</nitf>").Detail.ShouldContain("Line 1");

    [Fact]
    public void TryLoad_DeclaredLatin1OverUtf8Bytes_ReadsUtf8AndNotesIt()
    {
        var deviations = new List<string>();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><p>procès</p>");

        XmlInput.TryLoad(bytes, deviations, out var document, out _).ShouldBeTrue();

        document.Root!.Value.ShouldBe("procès");
        deviations.ShouldHaveSingleItem().ShouldContain("iso-8859-1");
    }

    [Fact]
    public void TryLoad_RealLatin1Bytes_ReadsThem()
    {
        byte[] bytes = [.. "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>"u8, 0xA3, (byte)'5', .. "</p>"u8];

        XmlInput.TryLoad(bytes, new List<string>(), out var document, out _).ShouldBeTrue();

        document.Root!.Value.ShouldBe("£5");
    }

    [Fact]
    public void TryLoad_Utf16WithByteOrderMark_ReadsIt()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><p>ü</p>")];

        XmlInput.TryLoad(bytes, new List<string>(), out var document, out _).ShouldBeTrue();

        document.Root!.Value.ShouldBe("ü");
    }

    private static Rejection Rejected(string xml)
    {
        XmlInput.TryLoad(Encoding.UTF8.GetBytes(xml), new List<string>(), out _, out var rejection).ShouldBeFalse();
        return rejection!;
    }
}
