using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Syndication.Worker.Pipeline;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Kafka;

/// <summary>
/// Produces rejected messages to <c>wire.stories.dlq</c>: the original key, bytes and headers, plus headers
/// naming the reason, the stage and where the message came from; its <c>traceparent</c> is the span the
/// message was processed in (a child of the one it came with).
/// </summary>
public sealed partial class DeadLetterPublisher(IProducer<byte[]?, byte[]?> producer, ILogger<DeadLetterPublisher> log)
{
    /// <summary>Returns once every dead letter is acknowledged by the broker; throws on a broker fault.</summary>
    public async Task PublishAsync(IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken)
    {
        if (deadLetters.Count == 0)
        {
            return;
        }

        await Task.WhenAll(deadLetters.Select(letter => PublishOneAsync(letter, cancellationToken))).ConfigureAwait(false);
    }

    private async Task PublishOneAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        try
        {
            await producer.ProduceAsync(KafkaTopics.DeadLetters, ToMessage(letter, withBody: true), cancellationToken).ConfigureAwait(false);
            Produced();
        }
        catch (ProduceException<byte[]?, byte[]?> exception) when (exception.Error.Code == ErrorCode.MsgSizeTooLarge)
        {
            // Implementation note: a message too large for the dead-letter topic would otherwise be retried
            // for ever and stall the partition; its record is kept without the body, which stays on the
            // source topic at the offset the headers name.
            LogBodyDropped(log, letter.Source.Topic, letter.Source.Partition.Value, letter.Source.Offset.Value);
            await producer.ProduceAsync(KafkaTopics.DeadLetters, ToMessage(letter, withBody: false), cancellationToken).ConfigureAwait(false);
            Produced();
        }
    }

    private static void Produced() =>
        SyndicationTelemetry.DeadLetterMessages.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.MessagingDestination, KafkaTopics.DeadLetters));

    private static Message<byte[]?, byte[]?> ToMessage(DeadLetter letter, bool withBody)
    {
        var source = letter.Source;
        var headers = new Headers();
        foreach (var header in source.Message.Headers ?? [])
        {
            headers.Add(header.Key, header.GetValueBytes());
        }

        headers.Add(DeadLetterHeaders.Reason, Encoding.UTF8.GetBytes(letter.Rejection.Reason));
        headers.Add(DeadLetterHeaders.Stage, Encoding.UTF8.GetBytes(letter.Rejection.Stage));
        headers.Add(DeadLetterHeaders.Detail, Encoding.UTF8.GetBytes(letter.Rejection.Detail));
        headers.Add(DeadLetterHeaders.SourceTopic, Encoding.UTF8.GetBytes(source.Topic));
        headers.Add(DeadLetterHeaders.SourcePartition, Encoding.UTF8.GetBytes(source.Partition.Value.ToString(CultureInfo.InvariantCulture)));
        headers.Add(DeadLetterHeaders.SourceOffset, Encoding.UTF8.GetBytes(source.Offset.Value.ToString(CultureInfo.InvariantCulture)));
        KafkaTraceContext.Inject(letter.Trace, headers);
        return new Message<byte[]?, byte[]?>
        {
            Key = source.Message.Key,
            Value = withBody ? source.Message.Value : null,
            Headers = headers,
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dead letter from {Topic}/{Partition}@{Offset} is too large for the dead-letter topic; recorded without its body")]
    private static partial void LogBodyDropped(ILogger logger, string topic, int partition, long offset);
}
