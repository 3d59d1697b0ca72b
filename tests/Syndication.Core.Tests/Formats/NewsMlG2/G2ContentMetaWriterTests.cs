using System.Text;
using System.Xml;
using Syndication.Core.Formats.NewsMlG2;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

public sealed class G2ContentMetaWriterTests
{
    [Theory]
    [InlineData("medtop:20000385", "stock market", "<subject qcode=\"medtop:20000385\"><name>stock market</name></subject>")]
    [InlineData("http://cv.example.com/a b", null, "<subject uri=\"http://cv.example.com/a b\" />")]
    [InlineData("https://cv.example.com/x", "X", "<subject uri=\"https://cv.example.com/x\"><name>X</name></subject>")]
    [InlineData("04000000", "economy", "<subject literal=\"04000000\"><name>economy</name></subject>")]
    [InlineData("category:Android Apps", "Android Apps", "<subject literal=\"category:Android Apps\"><name>Android Apps</name></subject>")]
    [InlineData(":x", "Colon first", "<subject literal=\":x\"><name>Colon first</name></subject>")]
    [InlineData(null, "Markets", "<subject literal=\"Markets\"><name>Markets</name></subject>")]
    public void WriteConcept_Code_IsAUriAQCodeOrALiteral(string? code, string? name, string expected)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment }))
        {
            G2ContentMetaWriter.WriteConcept(writer, "subject", code, name);
        }

        output.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("de-1996", true)]
    [InlineData("1996-de", false)]
    [InlineData("en_GB", false)]
    [InlineData("en-", false)]
    [InlineData("toolonglanguage", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLanguageTag_Tag_IsWhatXsLanguageAccepts(string? tag, bool expected)
    {
        G2ContentMetaWriter.IsLanguageTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("two\r\nlines\tand a tab", "two  lines and a tab")]
    [InlineData(null, null)]
    public void Line_Text_HoldsNoTabOrLineBreak(string? text, string? expected)
    {
        G2ContentMetaWriter.Line(text).ShouldBe(expected);
    }
}
