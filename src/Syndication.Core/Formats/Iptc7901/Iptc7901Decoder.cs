using Syndication.Core.Decoding;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// Decodes teletype-framed wire copy: IPTC 7901 (SOH, a header line, STX, text, ETX), ANPA 1312 (the same
/// C0 framing with SYN SYN SOH and a unit separator in the first line) and AAP's ZCZC…NNNN messages.
/// </summary>
internal static class Iptc7901Decoder
{
    public const string Format = "iptc7901";

    private const char StartOfHeading = '\u0001';
    private const char UnitSeparator = '\u001F';

    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        var text = WireCopyText.Decode(input);
        var start = text.AsSpan().IndexOfAnyExcept(" \t\n\f\v\u0016");
        if (start < 0)
        {
            decoded.Reject(RejectionReasons.Empty, "The input holds only framing characters and whitespace.");
            return;
        }

        if (text.AsSpan(start).StartsWith("ZCZC", StringComparison.Ordinal))
        {
            ZczcCopy.Decode(text, decoded);
        }
        else if (text[start] == StartOfHeading && IsAnpaFirstLine(text.AsSpan(start)))
        {
            AnpaCopy.Decode(text, decoded);
        }
        else
        {
            Iptc7901Copy.Decode(text[start..], decoded);
        }
    }

    // ANPA's first line is SOH, service letter, four-digit sequence, US, selector: "\x01W2870\x1Fasian".
    private static bool IsAnpaFirstLine(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Contains(UnitSeparator);
    }
}
