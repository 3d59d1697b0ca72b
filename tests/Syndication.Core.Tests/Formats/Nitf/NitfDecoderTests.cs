using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfDecoderTests
{
    private static Story Decoded(byte[] input)
    {
        var result = StoryDecoder.Decode(input);
        result.Rejections.ShouldBeEmpty();
        return result.Story!;
    }

    private static Rejection Rejected(string input) => StoryDecoder.Decode(Encoding.UTF8.GetBytes(input)).Rejection!;

    [Fact]
    public void Decode_BillionLaughs_IsRefusedAsDtd()
    {
        var rejection = Rejected("""
            <?xml version="1.0"?>
            <!DOCTYPE nitf [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <nitf><body><body.head><hedline><hl1>&lol3;</hl1></hedline></body.head><body.content><p>x</p></body.content></body></nitf>
            """);

        rejection.Reason.ShouldBe(RejectionReasons.Dtd);
    }

    [Fact]
    public void Decode_ExternalEntity_IsRefusedAsDtd()
    {
        var rejection = Rejected("""
            <?xml version="1.0"?>
            <!DOCTYPE nitf [ <!ENTITY passwd SYSTEM "file:///etc/passwd"> ]>
            <nitf><body><body.head><hedline><hl1>Leak</hl1></hedline></body.head><body.content><p>&passwd;</p></body.content></body></nitf>
            """);

        rejection.Reason.ShouldBe(RejectionReasons.Dtd);
    }

    [Fact]
    public void Decode_NestingBeyondTheCap_IsRefusedAsTooDeep()
    {
        var deep = string.Concat(Enumerable.Repeat("<block>", 100)) + "<p>x</p>" + string.Concat(Enumerable.Repeat("</block>", 100));

        StoryDecoder.Decode(NitfSamples.Story(content: deep)).Rejection!.Reason.ShouldBe(RejectionReasons.TooDeep);
    }

    [Fact]
    public void Decode_ScriptAndJavascriptLinkInBody_AreAbsentFromBodyHtml()
    {
        var story = Decoded(NitfSamples.Story(content: """
            <p>Before.<script>alert('inline')</script></p>
            <script>alert('block')</script>
            <p>A <a href="javascript:alert(1)">link</a> and <a href="https://example.com/a">a real one</a>.</p>
            """));

        story.BodyHtml!.ShouldNotContain("script");
        story.BodyHtml!.ShouldNotContain("alert");
        story.BodyHtml!.ShouldNotContain("javascript");
        story.BodyHtml!.ShouldContain("<a href=\"https://example.com/a\">a real one</a>");
        story.Paragraphs.ShouldBe(["Before.", "A link and a real one."]);
        story.Deviations.ShouldContain("The body holds elements NITF does not define there (script); they were left out.");
    }

    [Fact]
    public void Decode_NitfNamespace_ReadsTheSameAsWithout()
    {
        var plain = Encoding.UTF8.GetString(NitfSamples.Story(docdata: """<doc-id id-string="X-1"/><urgency ed-urg="2"/>"""));
        var namespaced = plain.Replace("<nitf>", "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">", StringComparison.Ordinal);

        var story = Decoded(Encoding.UTF8.GetBytes(namespaced));

        story.SourceId.ShouldBe("X-1");
        story.Urgency.ShouldBe(2);
        story.Paragraphs.ShouldBe(["The body."]);
        story.Deviations.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_ElementsOutOfSchemaOrder_AreTakenAndNoted()
    {
        var story = Decoded(NitfSamples.Story(docdata: """<urgency ed-urg="2"/><pubdata date.publication="20210516T101500+0200"/>"""));

        story.Urgency.ShouldBe(2);
        story.Published!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2021, 5, 16, 10, 15, 0, TimeSpan.FromHours(2)));
        story.Deviations.ShouldContain(d => d.StartsWith("NITF 3.6 schema: The element 'docdata' has invalid child element 'pubdata'.", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_ManyDeviations_KeepsTenAndCountsTheRest()
    {
        var input = Encoding.UTF8.GetString(NitfSamples.Story(
                docdata: string.Concat(Enumerable.Range(0, 8).Select(i => $"<series bogus{i}=\"1\"/>")) + """<date.issue norm="soon"/><date.release norm="20210516T101500"/>""",
                content: "<p>Text.</p><blink>x</blink>"))
            .Replace("<nitf>", "<nitf version=\"-//IPTC//DTD NITF 3.1//EN\">", StringComparison.Ordinal);

        var story = Decoded(Encoding.UTF8.GetBytes(input));

        // No namespace, version, 5 schema errors and their count, two dates, an unknown element: 11.
        story.Deviations.Count.ShouldBe(10);
        story.Deviations[^1].ShouldBe("2 more deviations not listed.");
    }

    [Fact]
    public void Decode_EmptyBodyWithAbstract_TakesTheAbstract()
    {
        var input = Encoding.UTF8.GetString(NitfSamples.Story(content: ""))
            .Replace("</hedline>", "</hedline><abstract><p>The summary.</p></abstract>", StringComparison.Ordinal);

        var story = Decoded(Encoding.UTF8.GetBytes(input));

        story.Paragraphs.ShouldBe(["The summary."]);
    }

    [Fact]
    public void Decode_NoBodyText_IsRefusedAsNoBody()
    {
        StoryDecoder.Decode(NitfSamples.Story(content: "<media media-type=\"image\"/>")).Rejection!.Reason.ShouldBe(RejectionReasons.NoBody);
    }

    [Fact]
    public void Decode_ReleaseAfterIssue_IsAnEmbargo()
    {
        var story = Decoded(NitfSamples.Story(docdata: """<date.issue norm="20210516T101500+0200"/><date.release norm="20210517T060000+0200"/>"""));

        story.Embargo!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2021, 5, 17, 6, 0, 0, TimeSpan.FromHours(2)));
        story.PubStatus.ShouldBe(PubStatus.Usable);
    }

    [Fact]
    public void Decode_ReleaseAtIssue_IsNoEmbargo()
    {
        Decoded(NitfSamples.Story(docdata: """<date.issue norm="20210516T101500+0200"/><date.release norm="20210516T101500+0200"/>""")).Embargo.ShouldBeNull();
    }

    [Fact]
    public void Decode_EdMsgSayingEmbargoWithRelease_IsAnEmbargo()
    {
        var story = Decoded(NitfSamples.Story(docdata: """<date.release norm="20210517T060000Z"/><ed-msg info="EMBARGOED until 0600 GMT"/>"""));

        story.Embargo!.ToDateTimeOffset().ShouldBe(new DateTimeOffset(2021, 5, 17, 6, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Decode_EmbargoedWithoutRelease_IsWithheld()
    {
        var story = Decoded(NitfSamples.Story(docdataAttributes: " management-status=\"embargoed\""));

        story.Embargo.ShouldBeNull();
        story.PubStatus.ShouldBe(PubStatus.Withheld);
        story.Deviations.ShouldContain(d => d.Contains("no date.release", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(" management-status=\"canceled\"", "")]
    [InlineData("", "<ed-msg info=\"KILL: this story is withdrawn.\"/>")]
    [InlineData("", "<ed-msg msg-type=\"kill\"/>")]
    public void Decode_KillSignal_IsCanceled(string attributes, string docdata)
    {
        Decoded(NitfSamples.Story(docdata: docdata, docdataAttributes: attributes)).PubStatus.ShouldBe(PubStatus.Canceled);
    }

    [Theory]
    [InlineData("<ed-msg info=\"Eds: a skill-based story; kill time is 5.\"/>")]
    [InlineData("<ed-msg info=\"For global distribution\"/>")]
    public void Decode_EdMsgWithoutASignal_IsUsable(string docdata)
    {
        var story = Decoded(NitfSamples.Story(docdata: docdata));

        story.PubStatus.ShouldBe(PubStatus.Usable);
        story.Embargo.ShouldBeNull();
        story.IsCorrection.ShouldBeFalse();
    }

    [Fact]
    public void Decode_CorrectionElement_IsACorrection()
    {
        Decoded(NitfSamples.Story(docdata: """<correction info="Corrects spelling of name" id-string="X-1"/>""")).IsCorrection.ShouldBeTrue();
    }

    [Fact]
    public void Decode_DuKeyWithGenerationOnly_TakesGenerationAsVersion()
    {
        Decoded(NitfSamples.Story(docdata: """<du-key key="k" generation="7"/>""")).Version.ShouldBe(7);
    }

    [Fact]
    public void Decode_ExclusiveDocRights_IsExclusiveToItsOwnerAndLeavesTheTermsAlone()
    {
        var story = Decoded(NitfSamples.Story(docdata: """<doc.rights owner="The Middle East Online" type="exclusive"/><doc.rights limitations="No archiving."/>"""));

        story.Rights.ShouldBe(new StoryRights("The Middle East Online", null, "No archiving."));
    }

    [Fact]
    public void Decode_NonExclusiveDocRights_AreUsageTerms()
    {
        var story = Decoded(NitfSamples.Story(docdata: """<doc.rights owner="AAP" type="A non-exclusive right" limitations="Do not frame."/>"""));

        story.Rights.ShouldBe(new StoryRights(null, null, "A non-exclusive right Do not frame."));
    }

    [Fact]
    public void Decode_CreditMeta_IsTheCredit()
    {
        var input = Encoding.UTF8.GetString(NitfSamples.Story())
            .Replace("<docdata", "<meta name=\"optInfo\" content=\"PA Sport\"/><meta name=\"credit\" content=\"The Middle East Online\"/><docdata", StringComparison.Ordinal);

        Decoded(Encoding.UTF8.GetBytes(input)).Credit.ShouldBe("The Middle East Online");
        Decoded(NitfSamples.Story()).Credit.ShouldBeNull();
    }
}
