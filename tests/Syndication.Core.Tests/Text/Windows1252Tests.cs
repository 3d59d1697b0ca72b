using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class Windows1252Tests
{
    [Fact]
    public void TryDecode_DefinedBytes_Decodes()
    {
        Windows1252.TryDecode([0x91, 0x41, 0x92, 0x20, 0x85, 0xA0, 0xFC], out var text).ShouldBeTrue();

        text.ShouldBe("\u2018A\u2019 \u2026\u00A0\u00FC");
    }

    [Theory]
    [InlineData(0x81)]
    [InlineData(0x8D)]
    [InlineData(0x8F)]
    [InlineData(0x90)]
    [InlineData(0x9D)]
    public void TryDecode_UndefinedByte_Fails(byte undefined) =>
        Windows1252.TryDecode([0x41, undefined, 0x42], out _).ShouldBeFalse();
}
