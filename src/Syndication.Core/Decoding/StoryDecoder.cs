using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Normalization;
using Syndication.Core.Text;

namespace Syndication.Core.Decoding;

/// <summary>
/// Decodes the bytes of one pushed story into a normalized <see cref="Stories.Story"/>, or a rejection
/// that says why it cannot be one. Pure and thread-safe: no I/O, no clock, no shared state.
/// </summary>
public static class StoryDecoder
{
    /// <summary>The largest input accepted; larger ones are rejected as <see cref="RejectionReasons.TooLarge"/>.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Decodes one story.</summary>
    /// <param name="input">
    /// The raw bytes as pushed. A span, so a Kafka message value, a pooled request buffer or a file's bytes
    /// are read where they lie without a copy; the decoder keeps no reference to them after it returns.
    /// </param>
    public static DecodeResult Decode(ReadOnlySpan<byte> input) => Decode(input, MaxBytes);

    /// <summary>Decodes one story, rejecting it as too large above <paramref name="maxBytes"/> (at most <see cref="MaxBytes"/>).</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> input, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, MaxBytes);
        if (!WireTextDecoder.TryDecode(input, maxBytes, out var text, out var rejection)
            || !PlainCopyDecoder.TryDecode(text, out var draft, out rejection))
        {
            return DecodeResult.Rejected(rejection);
        }

        return StoryNormalizer.Normalize(draft, PlainCopyDecoder.Format);
    }
}
