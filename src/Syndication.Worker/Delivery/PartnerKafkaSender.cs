using System.Diagnostics;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Syndication.Core.Partners;
using Syndication.Worker.Kafka;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Produces a story to a partner's topic (<c>partner.{id}.stories</c> by default), keyed by its item id so
/// that every version of an item lands on one partition, in order; the format, version, content id, kind
/// and idempotency key go in headers, and <c>traceparent</c> continues the story's trace. The topic is created on first use (see <see cref="KafkaEndpoint.EnsureTopicAsync"/>).
/// </summary>
/// <remarks>
/// Implementation note: an attempt that times out may still be delivered by the producer afterwards, so
/// the retry can put a version on the topic twice; both copies carry the same idempotency key.
/// </remarks>
public sealed partial class PartnerKafkaSender(IProducer<byte[]?, byte[]?> producer, KafkaEndpoint endpoint, ILogger<PartnerKafkaSender> log)
{
    public async Task<SendResult> SendAsync(KafkaTarget target, PushedStory story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(story);
        var creation = endpoint.EnsureTopicAsync(target.Topic);
        if (!creation.IsCompleted && await creation.WaitAsync(cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            // Said once, by the attempt that waited for the answer; the produce below says what it means.
            LogTopicNotCreated(log, target.Topic, refusal);
        }

        var headers = new Headers
        {
            { SyndicationHeaders.KafkaContentType, Encoding.UTF8.GetBytes(story.ContentType) },
            { SyndicationHeaders.KafkaFormat, Encoding.UTF8.GetBytes(story.Format) },
            { SyndicationHeaders.KafkaVersion, Encoding.UTF8.GetBytes(story.Version.ToString(CultureInfo.InvariantCulture)) },
            { SyndicationHeaders.KafkaStoryId, Encoding.UTF8.GetBytes(story.StoryId) },
            { SyndicationHeaders.KafkaKind, Encoding.UTF8.GetBytes(story.KindName) },
            { SyndicationHeaders.KafkaIdempotencyKey, Encoding.UTF8.GetBytes(story.IdempotencyKey) },
        };
        using var activity = SyndicationTelemetry.Source.StartActivity("send " + target.Topic, ActivityKind.Producer);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryAttributes.MessagingSystem, "kafka");
            activity.SetTag(TelemetryAttributes.MessagingDestination, target.Topic);
            activity.SetTag(TelemetryAttributes.MessagingOperationType, "send");
            activity.SetTag(TelemetryAttributes.MessagingOperationName, "send");
        }

        KafkaTraceContext.Inject(activity?.Context ?? Activity.Current?.Context ?? default, headers);
        try
        {
            await producer.ProduceAsync(
                target.Topic,
                new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(story.ItemId), Value = story.Body, Headers = headers },
                cancellationToken).ConfigureAwait(false);
            return SendResult.Delivered();
        }
        catch (ProduceException<byte[]?, byte[]?> exception)
        {
            return new SendResult(IsPermanent(exception.Error.Code) ? AttemptOutcome.Rejected : AttemptOutcome.Failed, null, exception.Error.Reason);
        }
        catch (KafkaException exception)
        {
            return new SendResult(AttemptOutcome.Unreachable, null, exception.Error.Reason);
        }
    }

    /// <summary>Broker errors no retry can mend: the message, the topic's name or our rights are wrong.</summary>
    private static bool IsPermanent(ErrorCode code) => code is ErrorCode.MsgSizeTooLarge
        or ErrorCode.TopicAuthorizationFailed or ErrorCode.TopicException or ErrorCode.InvalidRecord or ErrorCode.RecordListTooLarge;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create partner topic {Topic} ({Reason}); producing to it all the same (it may exist, or be created on first use)")]
    private static partial void LogTopicNotCreated(ILogger logger, string topic, string reason);
}
