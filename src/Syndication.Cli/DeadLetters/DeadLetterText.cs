using System.Globalization;
using System.Text;
using System.Text.Json;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.DeadLetters;

/// <summary>How <c>list</c> and <c>show</c> write a dead letter: one line, or everything in it.</summary>
internal static class DeadLetterText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>The id, time and reason; for a story its source position and detail, for a delivery what was being sent to whom.</summary>
    internal static string Line(DeadLetter letter)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{letter.Id}  {Time(letter.At)}  reason={letter.Reason ?? "?"}");
        if (letter.Id.Topic == DeadLetterTopic.Stories)
        {
            line.Append(CultureInfo.InvariantCulture, $"  source={letter.Header(DeadLetterHeaders.SourceTopic) ?? "?"}:{letter.Header(DeadLetterHeaders.SourcePartition) ?? "?"}@{letter.Header(DeadLetterHeaders.SourceOffset) ?? "?"}");
            line.Append(CultureInfo.InvariantCulture, $"  detail={JsonSerializer.Serialize(letter.Header(DeadLetterHeaders.Detail) ?? "")}");
        }
        else
        {
            line.Append(CultureInfo.InvariantCulture, $"  partner={letter.Partner ?? "?"}  transport={letter.Field("transport") ?? "?"}  itemId={letter.Field("itemId") ?? "?"}");
            line.Append(CultureInfo.InvariantCulture, $"  storyId={letter.Field("storyId") ?? "?"}  kind={letter.Field("kind") ?? "?"}  attempts={letter.Attempts}");
        }

        return line.ToString();
    }

    /// <summary>Its id, time, key and every header; a delivery's record in full; a story's body as text if it is text, else its size.</summary>
    internal static string Full(DeadLetter letter)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"id: {letter.Id}");
        text.AppendLine(CultureInfo.InvariantCulture, $"topic: {DeadLetterTopics.KafkaName(letter.Id.Topic)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"at: {Time(letter.At)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"key: {Bytes(letter.Message.Key)}");
        text.AppendLine("headers:");
        foreach (var header in letter.Message.Headers ?? [])
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {header.Key}: {Bytes(header.GetValueBytes())}");
        }

        if (letter.Record is { } record)
        {
            text.AppendLine("record:");
            text.AppendLine(JsonSerializer.Serialize(record, s_indented));
        }
        else if (letter.Message.Value is null)
        {
            text.AppendLine("body: none (dropped for its size: it stays on the source topic at the offset the headers name)");
        }
        else if (AsText(letter.Message.Value) is { } body)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"body ({letter.Message.Value.Length} bytes):");
            text.AppendLine(body);
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"body: {letter.Message.Value.Length} bytes, not text");
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Bytes(byte[]? bytes) => bytes is null ? "(none)" : AsText(bytes) ?? $"({bytes.Length} bytes, not text)";

    /// <summary>The bytes as UTF-8 text; null when they are not valid UTF-8 or hold control characters other than whitespace.</summary>
    private static string? AsText(byte[] bytes)
    {
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? null : text;
    }
}
