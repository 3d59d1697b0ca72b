using Syndication.Core.Formats.Ninjs;

namespace Syndication.Core.Tests.Formats.Ninjs;

public sealed class NinjsConceptCodesTests
{
    [Theory]
    [InlineData("medtop:20000565", "http://cv.iptc.org/newscodes/mediatopic/20000565", null)]
    [InlineData("subj:11000000", "http://cv.iptc.org/newscodes/subjectcode/11000000", null)]
    [InlineData("http://tt.se/spec/subref/1.0/16000000", "http://tt.se/spec/subref/1.0/16000000", null)]
    [InlineData("iso3166-1a2:LB", null, "iso3166-1a2:LB")]
    [InlineData("N2:MEAST", null, "N2:MEAST")]
    [InlineData("01000000", null, "01000000")]
    [InlineData("medtop:", null, "medtop:")]
    [InlineData("medtop:has space", null, "medtop:has space")]
    [InlineData("javascript:alert(1)", null, "javascript:alert(1)")]
    [InlineData("http://example.com/has space", null, "http://example.com/has space")]
    public void ToNinjs_Code_IsAUriOnlyWhenItIsOne(string code, string? uri, string? literal)
    {
        NinjsConceptCodes.ToNinjs(code).ShouldBe((uri, literal));
    }

    [Theory]
    [InlineData("http://cv.iptc.org/newscodes/mediatopic/20000565", "medtop:20000565")]
    [InlineData("HTTP://CV.IPTC.ORG/newscodes/subjectcode/11000000", "subj:11000000")]
    [InlineData("http://cv.iptc.org/newscodes/mediatopic/", "http://cv.iptc.org/newscodes/mediatopic/")]
    [InlineData("http://tt.se/spec/subref/1.0/16000000", "http://tt.se/spec/subref/1.0/16000000")]
    public void FromUri_Uri_IsAQCodeForIptcVocabularies(string uri, string code)
    {
        NinjsConceptCodes.FromUri(uri).ShouldBe(code);
    }
}
