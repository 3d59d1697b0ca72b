using System.Buffers;

namespace Syndication.Core.Text;

/// <summary>Tells bytes that are not text (images, archives, UTF-16) from wire copy.</summary>
internal static class BinarySniffer
{
    // Implementation note: one control byte in ten is far beyond any text a desk writes, and far below
    // what compressed or image data holds, so the threshold needs no tuning per format.
    private const int ControlShareDivisor = 10;

    // C0 controls and DEL, without the whitespace ones text uses (tab, LF, VT, FF, CR).
    private static readonly SearchValues<byte> s_controlBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
         0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    public static bool LooksBinary(ReadOnlySpan<byte> input)
    {
        if (input.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        var rest = input;
        int index;
        while ((index = rest.IndexOfAny(s_controlBytes)) >= 0)
        {
            controls++;
            rest = rest[(index + 1)..];
        }

        return controls * ControlShareDivisor > input.Length;
    }
}
