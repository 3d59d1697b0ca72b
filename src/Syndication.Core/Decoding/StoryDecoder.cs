using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Normalization;
using Syndication.Core.Text;

namespace Syndication.Core.Decoding;

/// <summary>
/// Decodes the bytes of one pushed story into a normalized <see cref="Stories.Story"/>, or a rejection
/// that says why it cannot be one. Pure and thread-safe: no I/O, no clock, no shared state.
/// </summary>
/// <remarks>
/// Implementation note: this is the hot path of ingest, a few microseconds per story. The loops that
/// visit every line or character (line splitting, the normalization passes' scans, word counting) are
/// marked <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>: a worker
/// decodes thousands of stories before tiered compilation optimizes them, and unoptimized they cost
/// several times as much. The price is a few milliseconds of JIT on the first story. Everything else is
/// left to tiering.
/// </remarks>
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
