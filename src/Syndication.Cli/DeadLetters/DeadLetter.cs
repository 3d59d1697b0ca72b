using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.DeadLetters;

/// <summary>
/// A dead letter as read from its topic: the message, and what the list, filters and replay need of it
/// (headers as text; for a delivery, the fields of its JSON record).
/// </summary>
internal sealed class DeadLetter
{
    private readonly JsonElement? _record;

    internal DeadLetter(DeadLetterId id, Message<byte[]?, byte[]?> message)
    {
        Id = id;
        Message = message;
        if (id.Topic == DeadLetterTopic.Deliveries && message.Value is { Length: > 0 } value)
        {
            try
            {
                using var document = JsonDocument.Parse(value);
                _record = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A record that is not JSON is still listed and shown, by its headers; it cannot be replayed.
                _record = null;
            }
        }
    }

    internal DeadLetterId Id { get; }

    internal Message<byte[]?, byte[]?> Message { get; }

    /// <summary>When it was dead-lettered: a delivery's own record says; else the message's timestamp.</summary>
    internal DateTimeOffset At =>
        Field("deadLetteredAt") is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var at)
            ? at
            : new DateTimeOffset(Message.Timestamp.UtcDateTime, TimeSpan.Zero);

    internal string? Reason => Header(Id.Topic == DeadLetterTopic.Stories ? DeadLetterHeaders.Reason : DeliveryDeadLetter.ReasonHeader) ?? Field("reason");

    /// <summary>The partner a delivery was for; null for a story.</summary>
    internal string? Partner => Id.Topic == DeadLetterTopic.Deliveries ? Header(DeliveryDeadLetter.PartnerHeader) ?? Field("partner") : null;

    internal JsonElement? Record => _record;

    /// <summary>The last header of that name, as UTF-8 text.</summary>
    internal string? Header(string name) =>
        Message.Headers?.TryGetLastBytes(name, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>A string field of a delivery's record.</summary>
    internal string? Field(string name) =>
        _record is { ValueKind: JsonValueKind.Object } record && record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>How many attempts a delivery's record lists.</summary>
    internal int Attempts =>
        _record is { ValueKind: JsonValueKind.Object } record && record.TryGetProperty("attempts", out var attempts) && attempts.ValueKind == JsonValueKind.Array
            ? attempts.GetArrayLength()
            : 0;
}
