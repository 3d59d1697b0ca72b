using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class WireTextDecoderTests
{
    private const int MaxBytes = 1024;

    [Fact]
    public void TryDecode_Utf8WithBom_StripsBom()
    {
        Decoded([0xEF, 0xBB, 0xBF, .. "Caf\u00E9"u8]).ShouldBe("Caf\u00E9");
    }

    [Fact]
    public void TryDecode_MixedLineEnds_ReturnsLineFeeds()
    {
        Decoded("a\r\nb\rc\nd"u8.ToArray()).ShouldBe("a\nb\nc\nd");
    }

    [Fact]
    public void TryDecode_Windows1252_ConvertsSmartQuotesAndAccents()
    {
        Decoded([0x93, .. "Caf"u8, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]).ShouldBe("\u201CCaf\u00E9\u201D \u2013 \u20AC5");
    }

    [Fact]
    public void TryDecode_TruncatedUtf8_ReadsAsWindows1252()
    {
        // Not UTF-8, but every byte is defined in Windows-1252 ("Ã").
        Decoded([0x41, 0x42, 0xC3]).ShouldBe("AB\u00C3");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x81, 0x42 }, 1)]
    [InlineData(new byte[] { 0x41, 0xE9, 0x42, 0x9D }, 1)]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x81 }, 2)]
    public void TryDecode_NeitherUtf8NorWindows1252_RejectsWithOffset(byte[] input, int offset)
    {
        var rejection = Rejected(input);

        rejection.Reason.ShouldBe(RejectionReasons.InvalidEncoding);
        rejection.Stage.ShouldBe(RejectionStages.Decode);
        rejection.Detail.ShouldContain($"byte offset {offset}.");
    }

    [Fact]
    public void TryDecode_InvalidAfterBom_CountsOffsetFromFirstByte()
    {
        Rejected([0xEF, 0xBB, 0xBF, 0x41, 0x81]).Detail.ShouldContain("byte offset 4.");
    }

    [Fact]
    public void TryDecode_OverMax_RejectsTooLarge()
    {
        Rejected(new byte[MaxBytes + 1]).Reason.ShouldBe(RejectionReasons.TooLarge);
    }

    [Fact]
    public void TryDecode_ExactlyMax_Accepts()
    {
        var input = new byte[MaxBytes];
        input.AsSpan().Fill((byte)'x');

        Decoded(input).Length.ShouldBe(MaxBytes);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x0C })]
    [InlineData(new byte[] { 0xC2, 0xA0, 0x0A, 0xE2, 0x80, 0x83 })]
    public void TryDecode_EmptyOrWhitespace_RejectsEmpty(byte[] input)
    {
        Rejected(input).Reason.ShouldBe(RejectionReasons.Empty);
    }

    [Fact]
    public void TryDecode_NulBytes_RejectsBinary()
    {
        Rejected(Encoding.Unicode.GetBytes("UTF-16 text is not wire copy")).Reason.ShouldBe(RejectionReasons.Binary);
    }

    private static string Decoded(byte[] input)
    {
        WireTextDecoder.TryDecode(input, MaxBytes, out var text, out var rejection).ShouldBeTrue(rejection?.Detail);
        return text;
    }

    private static Rejection Rejected(byte[] input)
    {
        WireTextDecoder.TryDecode(input, MaxBytes, out _, out var rejection).ShouldBeFalse();
        return rejection;
    }
}
