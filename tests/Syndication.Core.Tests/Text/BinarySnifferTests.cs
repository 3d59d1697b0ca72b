using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class BinarySnifferTests
{
    [Fact]
    public void LooksBinary_PlainText_IsFalse() =>
        BinarySniffer.LooksBinary("Headline\r\n\r\n\tBody with a form feed\f and a tab."u8).ShouldBeFalse();

    [Fact]
    public void LooksBinary_OneNul_IsTrue() =>
        BinarySniffer.LooksBinary("A long enough text with one\0 NUL in it"u8).ShouldBeTrue();

    [Fact]
    public void LooksBinary_ManyControlBytes_IsTrue() =>
        BinarySniffer.LooksBinary([0x01, 0x02, 0x41, 0x1B, 0x42, 0x7F, 0x43, 0x44, 0x45]).ShouldBeTrue();

    [Fact]
    public void LooksBinary_AFewControlBytesInLongText_IsFalse() =>
        BinarySniffer.LooksBinary("An escape \u001B and a bell \u0007 in a text long enough to carry them."u8).ShouldBeFalse();
}
