using System.Text;
using System.Text.Unicode;
using Syndication.Core.Text;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The text of control-framed wire copy: UTF-8 when the bytes are valid UTF-8, else Windows-1252, else
/// Latin-1; line ends brought to LF. The C0 framing characters are kept for the readers to find.
/// </summary>
/// <remarks>
/// Implementation note: <see cref="WireTextDecoder"/> is not used because it refuses input with many
/// control bytes as binary, and an ANPA agate table is full of them (a column separator per cell). These
/// formats were defined for 7-bit and 8-bit teletype codes, so every byte sequence is readable text:
/// Latin-1 is the last resort for the five bytes Windows-1252 leaves undefined, never a rejection.
/// </remarks>
internal static class WireCopyText
{
    public static string Decode(ReadOnlySpan<byte> input)
    {
        string text;
        if (Utf8.IsValid(input))
        {
            text = Encoding.UTF8.GetString(input);
        }
        else if (!Windows1252.TryDecode(input, out text))
        {
            text = Encoding.Latin1.GetString(input);
        }

        return LineEndings.ToLineFeeds(text);
    }
}
