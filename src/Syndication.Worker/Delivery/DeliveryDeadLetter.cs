using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Syndication.Worker.Kafka;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Produces a delivery that was given up on to <c>wire.deliveries.dlq</c>, keyed by item id: a JSON record
/// of the partner, transport, item, version, kind, reason and every attempt's outcome, where it stays until
/// it is replayed. Headers <c>syndication-partner</c> and <c>syndication-reason</c> let a reader filter
/// without parsing; <c>traceparent</c> continues the story's trace (the lane's delivery span).
/// </summary>
/// <remarks>
/// The record carries no story body: the store has every version, and a replay sends the item's latest.
/// </remarks>
public sealed class DeliveryDeadLetter(IProducer<byte[]?, byte[]?> producer, TimeProvider time)
{
    public const string PartnerHeader = "syndication-partner";
    public const string ReasonHeader = "syndication-reason";

    /// <summary>Returns once the broker has the record; throws on a broker fault (the lane then tries again).</summary>
    public async Task PublishAsync(DeadDelivery letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var headers = new Headers
        {
            { PartnerHeader, Encoding.UTF8.GetBytes(letter.PartnerId) },
            { ReasonHeader, Encoding.UTF8.GetBytes(letter.Reason) },
            { SyndicationHeaders.KafkaContentType, "application/json"u8.ToArray() },
        };
        KafkaTraceContext.Inject(Activity.Current?.Context ?? default, headers);
        await producer.ProduceAsync(
            KafkaTopics.DeliveryDeadLetters,
            new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(letter.Entry.ItemId), Value = Json(letter, time.GetUtcNow()), Headers = headers },
            cancellationToken).ConfigureAwait(false);
        SyndicationTelemetry.DeadLetterMessages.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.MessagingDestination, KafkaTopics.DeliveryDeadLetters));
    }

    /// <summary>The record: see the README's "Push delivery" for its fields.</summary>
    public static byte[] Json(DeadDelivery letter, DateTimeOffset deadLetteredAt)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("partner", letter.PartnerId);
            json.WriteString("transport", letter.Transport switch
            {
                DeliveryTransport.Webhook => "webhook",
                DeliveryTransport.Kafka => "kafka",
                _ => "websub",
            });
            if (letter.SubscriptionId is { } subscription)
            {
                json.WriteNumber("subscription", subscription);
            }

            json.WriteString("itemId", letter.Entry.ItemId);
            json.WriteString("storyId", letter.StoryId);
            json.WriteNumber("version", letter.Entry.StorySequence);
            json.WriteString("kind", OutboxKindNames.Of(letter.Entry.Kind));
            json.WriteNumber("outboxSequence", letter.Entry.Sequence);
            if (letter.Story is { } story)
            {
                json.WriteString("format", story.Format);
                json.WriteString("idempotencyKey", story.IdempotencyKey);
            }

            json.WriteString("reason", letter.Reason);
            if (letter.Detail is { } detail)
            {
                json.WriteString("detail", detail);
            }

            json.WriteString("deadLetteredAt", deadLetteredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartArray("attempts");
            foreach (var attempt in letter.Attempts)
            {
                json.WriteStartObject();
                json.WriteString("at", attempt.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                json.WriteString("outcome", AttemptOutcomeNames.Of(attempt.Outcome));
                if (attempt.Status is { } status)
                {
                    json.WriteNumber("status", status);
                }
                else
                {
                    json.WriteNull("status");
                }

                if (attempt.Error is { } error)
                {
                    json.WriteString("error", error);
                }
                else
                {
                    json.WriteNull("error");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
