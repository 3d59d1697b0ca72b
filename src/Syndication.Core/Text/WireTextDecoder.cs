using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Syndication.Core.Decoding;

namespace Syndication.Core.Text;

/// <summary>
/// Turns the bytes a desk pushed into text with LF line ends, or says why they are not text:
/// too large, empty, binary, or in an encoding we cannot name.
/// </summary>
internal static class WireTextDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool TryDecode(
        ReadOnlySpan<byte> input,
        int maxBytes,
        [NotNullWhen(true)] out string? text,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        text = null;
        if (input.Length > maxBytes)
        {
            rejection = new Rejection(RejectionReasons.TooLarge, RejectionStages.Decode,
                $"The input is {input.Length} bytes; the most a story may be is {maxBytes} bytes.");
            return false;
        }

        var bomLength = input.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        input = input[bomLength..];

        if (input.IsEmpty || input.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0)
        {
            rejection = Empty();
            return false;
        }

        if (BinarySniffer.LooksBinary(input))
        {
            rejection = new Rejection(RejectionReasons.Binary, RejectionStages.Decode,
                "The input holds NUL bytes or too many control bytes to be wire copy.");
            return false;
        }

        if (!TryDecodeUtf8(input, out var decoded) && !Windows1252.TryDecode(input, out decoded))
        {
            rejection = new Rejection(RejectionReasons.InvalidEncoding, RejectionStages.Decode,
                $"The input is neither UTF-8 nor Windows-1252: the first invalid UTF-8 sequence is at byte offset {bomLength + FirstInvalidUtf8Offset(input)}.");
            return false;
        }

        if (string.IsNullOrWhiteSpace(decoded))
        {
            rejection = Empty();
            return false;
        }

        text = LineEndings.ToLineFeeds(decoded);
        rejection = null;
        return true;
    }

    // Implementation note: validates and transcodes in one pass, into a pooled buffer (UTF-16 never needs
    // more code units than UTF-8 has bytes), where Utf8.IsValid and then Encoding.GetString took three.
    private static bool TryDecodeUtf8(ReadOnlySpan<byte> input, [NotNullWhen(true)] out string? text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(input.Length);
        try
        {
            var status = Utf8.ToUtf16(input, buffer, out _, out var written, replaceInvalidSequences: false);
            text = status == OperationStatus.Done ? new string(buffer, 0, written) : null;
            return text is not null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Rejection Empty() =>
        new(RejectionReasons.Empty, RejectionStages.Decode, "The input is empty or holds only whitespace.");

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> input)
    {
        var offset = 0;
        while (offset < input.Length)
        {
            if (Rune.DecodeFromUtf8(input[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
