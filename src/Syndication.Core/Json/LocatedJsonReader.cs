using System.Text;
using System.Text.Json;

namespace Syndication.Core.Json;

/// <summary>
/// Reads JSON text into a <see cref="LocatedNode"/> tree, or says where and why it is not JSON. Comments and
/// trailing commas are allowed: the files read this way are edited by hand.
/// </summary>
internal static class LocatedJsonReader
{
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public static bool TryRead(string text, out LocatedNode? root, out JsonSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, s_options);
        try
        {
            if (!reader.Read())
            {
                root = null;
                error = new JsonSyntaxError(lines.At(utf8.Length), "the file holds no JSON value.");
                return false;
            }

            root = ReadValue(ref reader, JsonPath.Root, lines);
            // A second value after the first is a syntax error the reader reports on this read.
            reader.Read();
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            root = null;
            error = new JsonSyntaxError(lines.At(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0), Explain(exception));
            return false;
        }
    }

    private static LocatedNode ReadValue(ref Utf8JsonReader reader, string path, LineMap lines)
    {
        var start = (int)reader.TokenStartIndex;
        var position = lines.At(start);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<LocatedProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var namePosition = lines.At(reader.TokenStartIndex);
                    reader.Read();
                    properties.Add(new LocatedProperty(name, namePosition, ReadValue(ref reader, JsonPath.Property(path, name), lines)));
                }

                return new LocatedObject(path, position, start, (int)reader.BytesConsumed, properties);
            case JsonTokenType.StartArray:
                var items = new List<LocatedNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, JsonPath.Item(path, items.Count), lines));
                }

                return new LocatedArray(path, position, start, (int)reader.BytesConsumed, items);
            case JsonTokenType.String:
                return new LocatedScalar(path, position, start, (int)reader.BytesConsumed, JsonValueKind.String, reader.GetString());
            case JsonTokenType.Number:
                return new LocatedScalar(path, position, start, (int)reader.BytesConsumed, JsonValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new LocatedScalar(path, position, start, (int)reader.BytesConsumed, JsonValueKind.True, null);
            case JsonTokenType.False:
                return new LocatedScalar(path, position, start, (int)reader.BytesConsumed, JsonValueKind.False, null);
            default:
                return new LocatedScalar(path, position, start, (int)reader.BytesConsumed, JsonValueKind.Null, null);
        }
    }

    // The reader's messages end with its own 0-based "LineNumber: 3 | BytePositionInLine: 10."; the
    // position is reported 1-based beside the message instead.
    private static string Explain(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "not valid JSON: " + (cut >= 0 ? message[..cut] : message);
    }
}
