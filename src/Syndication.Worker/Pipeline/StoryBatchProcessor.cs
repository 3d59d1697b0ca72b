using System.Diagnostics;
using Confluent.Kafka;
using Polly;
using Syndication.Core.Decoding;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Pipeline;

/// <summary>
/// Turns one batch of consumed messages into stored stories in two steps, so the consume loop can decode
/// one batch while the previous one is stored: <see cref="Decode"/> each message, then <see cref="Commit"/>
/// the dead letters and the stories, counts and offsets in one transaction (after which the feeds read the
/// store's <see cref="StoreStamp"/> again).
/// </summary>
/// <remarks>
/// <para>Dead letters are acknowledged by the broker before the offsets that skip them are stored, so a crash
/// between the two can duplicate a dead letter but never lose one.</para>
/// <para>Each message is processed in a span of its own, the child of the <c>traceparent</c> its producer sent
/// (a new trace when it sent none); its stories keep that span's context in the store, so their deliveries
/// continue the trace.</para>
/// </remarks>
public sealed partial class StoryBatchProcessor(
    IStoryStore store,
    StoreStamp stamp,
    DeadLetterPublisher deadLetters,
    ConsumerState state,
    IngestOptions options,
    TimeProvider time,
    ILogger<StoryBatchProcessor> log)
{
    /// <summary>Below this many messages, handing work to other threads costs more than it saves.</summary>
    private const int ParallelThreshold = 16;

    // The cores besides the consume loop's and the writer's; the writer joins when its commit is done (see SharedLoop).
    private static readonly int s_extraDecoders = Math.Max(0, Environment.ProcessorCount - 2);

    // The batch being decoded, which the writer helps with once it has committed the one before.
    private SharedLoop? _decoding;

    private readonly ResiliencePipeline _faultRetry = FaultRetry.Create(log, time);

    /// <summary>Decodes and normalizes every message; pure work, no I/O.</summary>
    public DecodedBatch Decode(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> messages, string? clusterId)
    {
        var started = Stopwatch.GetTimestamp();
        var results = DecodeAll(messages);
        var batch = new IngestBatch();
        var rejected = new List<DeadLetter>();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var source = new SourcePosition(message.Topic, message.Partition.Value, message.Offset.Value);
            var (result, prepared, trace) = results[i];
            SyndicationTelemetry.StoriesConsumed.Add(1, new KeyValuePair<string, object?>(
                TelemetryAttributes.Format, WireFormatLabel.Of(result.Stories.Count > 0 ? result.Stories[0].Format : null)));
            foreach (var ingested in prepared)
            {
                var story = ingested.Story;
                batch.Add(ingested, clusterId);
                LogDecoded(log, story.Id, source.Topic, source.Partition, source.Offset);
                if (story.Deviations.Count > 0)
                {
                    LogDeviations(log, story.Id, story.Format, source.Topic, source.Partition, source.Offset, story.Deviations);
                }
            }

            foreach (var rejection in result.Rejections)
            {
                batch.AddRejection(rejection.Reason, source, clusterId);
                SyndicationTelemetry.StoriesRejected.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.ErrorType, rejection.Reason));
                LogRejected(log, source.Topic, source.Partition, source.Offset, rejection.Reason, rejection.Stage, rejection.Detail);
            }

            // A message is dead-lettered once, with its first refusal, even when it held stories besides:
            // the items it lost stay readable there, and its stories are stored as usual.
            if (result.Rejections.Count > 0)
            {
                rejected.Add(new DeadLetter(message, result.Rejections[0], trace));
            }
        }

        RecordStage("decode", started);
        return new DecodedBatch(batch, rejected);
    }

    /// <summary>
    /// Dead-letters the rejections, then stores the stories, counts and offsets in one transaction; both
    /// retried through store and broker faults until they succeed or <paramref name="cancellationToken"/> fires.
    /// </summary>
    public BatchOutcome Commit(DecodedBatch decoded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        if (decoded.Stories.MessageCount == 0)
        {
            return default;
        }

        var started = Stopwatch.GetTimestamp();
        _faultRetry.Execute(token => deadLetters.PublishAsync(decoded.DeadLetters, token).GetAwaiter().GetResult(), cancellationToken);
        var outcome = _faultRetry.Execute(_ => store.Commit(decoded.Stories), cancellationToken);
        stamp.Invalidate();
        state.Committed(time.GetUtcNow(), decoded.Stories.MessageCount, outcome.Stored);
        RecordStage("commit", started);
        Count(outcome);
        HelpDecode();

        return outcome;
    }

    /// <summary>
    /// Decodes the batch and prepares its stories for the store: all of it is pure, and the store is written
    /// by one thread after. The consume loop's thread and the cores beyond the writer's do it, and the
    /// writer lends a hand once its commit is done (<see cref="HelpDecode"/>).
    /// </summary>
    private (DecodeResult Result, IngestedStory[] Prepared, ActivityContext Trace)[] DecodeAll(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> messages)
    {
        var results = new (DecodeResult, IngestedStory[], ActivityContext)[messages.Count];
        if (messages.Count < ParallelThreshold)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                results[i] = DecodeOne(messages[i]);
            }

            return results;
        }

        var loop = new SharedLoop(messages.Count, i => results[i] = DecodeOne(messages[i]));
        Volatile.Write(ref _decoding, loop);
        for (var extra = 0; extra < s_extraDecoders; extra++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static shared => shared.Help(), loop, preferLocal: false);
        }

        try
        {
            loop.RunAndWait();
        }
        finally
        {
            Volatile.Write(ref _decoding, null);
        }

        return results;
    }

    /// <summary>Decodes what is left of the batch being decoded, if any: the writer's work once it has committed.</summary>
    private void HelpDecode() => Volatile.Read(ref _decoding)?.Help();

    private (DecodeResult, IngestedStory[], ActivityContext) DecodeOne(ConsumeResult<byte[]?, byte[]?> message)
    {
        var upstream = KafkaTraceContext.Extract(message.Message.Headers);
        using var activity = StartProcessing(message, upstream);

        // Without a listener there is no span; an upstream context is still carried to the deliveries.
        var context = activity?.Context ?? upstream;
        var trace = KafkaTraceContext.ToStored(context);
        var result = StoryDecoder.Decode(message.Message.Value ?? [], options.MaxStoryBytes);
        var source = new SourcePosition(message.Topic, message.Partition.Value, message.Offset.Value);
        var prepared = new IngestedStory[result.Stories.Count];
        for (var i = 0; i < prepared.Length; i++)
        {
            prepared[i] = IngestedStory.Prepare(result.Stories[i], source, withSignature: store.FindsNearDuplicates) with { Trace = trace };
        }

        if (result.Rejections.Count > 0)
        {
            activity?.SetTag(TelemetryAttributes.ErrorType, result.Rejections[0].Reason);
        }

        return (result, prepared, context);
    }

    /// <summary>The message's processing span (OpenTelemetry's messaging conventions), a child of <paramref name="upstream"/> or a new trace.</summary>
    private static Activity? StartProcessing(ConsumeResult<byte[]?, byte[]?> message, ActivityContext upstream)
    {
        if (!SyndicationTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = SyndicationTelemetry.Source.StartActivity("process " + message.Topic, ActivityKind.Consumer, upstream);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryAttributes.MessagingSystem, "kafka");
            activity.SetTag(TelemetryAttributes.MessagingDestination, message.Topic);
            activity.SetTag(TelemetryAttributes.MessagingOperationType, "process");
            activity.SetTag(TelemetryAttributes.MessagingOperationName, "process");
            activity.SetTag(TelemetryAttributes.MessagingPartition, message.Partition.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag(TelemetryAttributes.KafkaOffset, message.Offset.Value);
        }

        return activity;
    }

    private static void RecordStage(string stage, long started) =>
        SyndicationTelemetry.PipelineDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(TelemetryAttributes.Stage, stage));

    private static void Count(BatchOutcome outcome)
    {
        foreach (var (format, count) in outcome.StoredByFormat ?? new Dictionary<string, int>())
        {
            SyndicationTelemetry.StoriesStored.Add(count, new KeyValuePair<string, object?>(TelemetryAttributes.Format, WireFormatLabel.Of(format)));
        }

        SyndicationTelemetry.StoriesDuplicates.Add(outcome.Duplicates);
        SyndicationTelemetry.StoriesNearDuplicates.Add(outcome.NearDuplicates);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Decoded {StoryId} from {Topic}/{Partition}@{Offset}")]
    private static partial void LogDecoded(ILogger logger, string storyId, string topic, int partition, long offset);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decoded {StoryId} ({Format}) from {Topic}/{Partition}@{Offset} despite deviations from its schema: {Deviations}")]
    private static partial void LogDeviations(ILogger logger, string storyId, string format, string topic, int partition, long offset, IReadOnlyList<string> deviations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Topic}/{Partition}@{Offset}: {Reason} at {Stage}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string topic, int partition, long offset, string reason, string stage, string detail);
}
