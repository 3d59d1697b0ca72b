using System.Diagnostics;
using Syndication.Core.Formats.FeedItems;
using Syndication.Core.Formats.Iptc7901;
using Syndication.Core.Formats.NewsMlG2;
using Syndication.Core.Formats.Ninjs;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Formats.ReutersSgml;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;
using Syndication.Core.Text;

namespace Syndication.Core.Decoding;

/// <summary>
/// Decodes the bytes of one pushed input into normalized <see cref="Story"/>s, or rejections that say why
/// not. The format is told from the bytes. Pure and thread-safe: no I/O, no clock, no shared state.
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

    /// <summary>Decodes one input.</summary>
    /// <param name="input">
    /// The raw bytes as pushed. A span, so a Kafka message value, a pooled request buffer or a file's bytes
    /// are read where they lie without a copy; the decoder keeps no reference to them after it returns.
    /// </param>
    public static DecodeResult Decode(ReadOnlySpan<byte> input) => Decode(input, MaxBytes);

    /// <summary>Decodes one input, rejecting it as too large above <paramref name="maxBytes"/> (at most <see cref="MaxBytes"/>).</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> input, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, MaxBytes);
        if (input.Length > maxBytes)
        {
            return DecodeResult.Rejected(new Rejection(RejectionReasons.TooLarge, RejectionStages.Decode,
                $"The input is {input.Length} bytes; the most a story may be is {maxBytes} bytes."));
        }

        var format = WireFormatSniffer.Detect(input, out var root);
        if (format == WireFormat.PlainCopy)
        {
            // The hot path: one story, no draft list.
            return DecodePlainCopy(input, maxBytes);
        }

        var decoded = new DecodedDrafts();
        switch (format)
        {
            case WireFormat.Nitf:
                NitfDecoder.Decode(input, decoded);
                break;
            case WireFormat.NewsMlG2:
                NewsMlG2Decoder.Decode(input, decoded);
                break;
            case WireFormat.Feed:
                FeedDecoder.Decode(input, decoded);
                break;
            case WireFormat.Iptc7901:
                Iptc7901Decoder.Decode(input, decoded);
                break;
            case WireFormat.ReutersSgml:
                ReutersSgmlDecoder.Decode(input, decoded);
                break;
            case WireFormat.Ninjs:
                NinjsDecoder.Decode(input, decoded);
                break;
            case WireFormat.UnknownMarkup:
                decoded.Reject(RejectionReasons.UnsupportedFormat,
                    $"The document's root element <{root}> is not one of the story formats read here (NITF, NewsML-G2, RSS, Atom, Reuters SGML).");
                break;
            default:
                throw new UnreachableException($"The sniffer named {format}, which has no decoder.");
        }

        return Normalize(decoded);
    }

    private static DecodeResult DecodePlainCopy(ReadOnlySpan<byte> input, int maxBytes)
    {
        if (!WireTextDecoder.TryDecode(input, maxBytes, out var text, out var rejection)
            || !PlainCopyDecoder.TryDecode(text, out var draft, out rejection))
        {
            return DecodeResult.Rejected(rejection);
        }

        return StoryNormalizer.Normalize(draft);
    }

    private static DecodeResult Normalize(DecodedDrafts decoded)
    {
        var stories = new List<Story>(decoded.Drafts.Count);
        var rejections = new List<Rejection>(decoded.Rejections);
        foreach (var draft in decoded.Drafts)
        {
            var result = StoryNormalizer.Normalize(draft);
            stories.AddRange(result.Stories);
            rejections.AddRange(result.Rejections);
        }

        return DecodeResult.Of(stories, rejections);
    }
}
