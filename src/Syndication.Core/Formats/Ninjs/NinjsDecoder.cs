using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Syndication.Core.Decoding;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// Decodes IPTC ninjs (News in JSON) 1.x, 2.x and 3.x: one news object, a list of them, or one of the
/// envelopes senders wrap them in (AP Media API responses, BBC's item pages).
/// </summary>
internal static class NinjsDecoder
{
    public const string Format = "ninjs";

    /// <summary>
    /// Deeper than any news object needs (a GeoJSON polygon inside a place inside an association is about
    /// 10), shallow enough that a hostile document cannot make the parser work hard.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>The most items one input may carry; the rest are refused in one rejection.</summary>
    public const int MaxItems = 100;

    private static readonly JsonDocumentOptions s_options = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        if (input.StartsWith(Utf8Bom))
        {
            input = input[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(input))
        {
            decoded.Reject(RejectionReasons.InvalidEncoding, "The JSON is not valid UTF-8, which JSON must be; ask the sender to fix the encoding.");
            return;
        }

        // Implementation note: JsonDocument.Parse over memory is several times faster than ParseValue over a
        // span (which validates in one pass and copies in another), so the input is copied into a pooled
        // buffer that lives as long as the document.
        var buffer = ArrayPool<byte>.Shared.Rent(input.Length);
        try
        {
            input.CopyTo(buffer);
            using var document = Parse(buffer.AsMemory(0, input.Length), decoded);
            if (document is not null)
            {
                DecodeRoot(document.RootElement, decoded);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> json, DecodedDrafts decoded)
    {
        try
        {
            return JsonDocument.Parse(json, s_options);
        }
        catch (JsonException exception)
        {
            if (ExceedsDepth(json.Span))
            {
                decoded.Reject(RejectionReasons.TooDeep, $"The JSON nests deeper than {MaxDepth} levels; no news object needs that.");
            }
            else
            {
                decoded.Reject(RejectionReasons.Malformed, $"The input is not well-formed JSON: {exception.Message}");
            }

            return null;
        }
    }

    private static void DecodeRoot(JsonElement root, DecodedDrafts decoded)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            DecodeItems(root.EnumerateArray(), null, isNinjs: true, decoded);
            return;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            decoded.Reject(RejectionReasons.Malformed, $"A ninjs document is a JSON object; this one is {NinjsValues.Article(root.ValueKind)}.");
            return;
        }

        if (root.TryGetProperty("$schema", out var schema) && schema.ValueKind == JsonValueKind.String
            && schema.GetString()!.Contains("json-schema.org", StringComparison.OrdinalIgnoreCase))
        {
            decoded.Reject(RejectionReasons.UnsupportedFormat, "The document is a JSON Schema, not a news item.");
            return;
        }

        // AP Media API: {"api_version": ..., "data": {"item": {...}}} for one item, {"data": {"items": [{"item": {...}}]}} for a feed page.
        if (root.TryGetProperty("api_version", out _) && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("item", out var item))
            {
                NinjsItemReader.Read(item, isNinjs: false, decoded);
            }
            else if (data.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0)
            {
                DecodeItems(items.EnumerateArray(), "item", isNinjs: false, decoded);
            }
            else
            {
                decoded.Reject(RejectionReasons.UnsupportedFormat, "The AP Media API response holds no item: it is neither a content item nor a feed page with items.");
            }

            return;
        }

        // BBC's ninjs pages: {"total": 1, "item": [{...}]}.
        if (!root.TryGetProperty("uri", out _) && root.TryGetProperty("item", out var page) && page.ValueKind == JsonValueKind.Array)
        {
            DecodeItems(page.EnumerateArray(), null, isNinjs: true, decoded);
            return;
        }

        NinjsItemReader.Read(root, isNinjs: true, decoded);
    }

    private static void DecodeItems(JsonElement.ArrayEnumerator entries, string? wrapper, bool isNinjs, DecodedDrafts decoded)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            if (++count > MaxItems)
            {
                continue;
            }

            var item = wrapper is not null && entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(wrapper, out var inner) ? inner : entry;
            NinjsItemReader.Read(item, isNinjs, decoded);
        }

        if (count == 0)
        {
            decoded.Reject(RejectionReasons.NoBody, "The list of ninjs items is empty.");
        }
        else if (count > MaxItems)
        {
            decoded.Reject(RejectionReasons.TooLarge, $"The input lists {count} items; the first {MaxItems} were read and the other {count - MaxItems} refused.");
        }
    }

    /// <summary>Whether the JSON fails because it nests too deep (only asked once parsing has failed).</summary>
    private static bool ExceedsDepth(ReadOnlySpan<byte> input)
    {
        // Read with room to spare, and say whether the cap was reached before the input ended or broke.
        var reader = new Utf8JsonReader(input, new JsonReaderOptions { MaxDepth = MaxDepth * 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
