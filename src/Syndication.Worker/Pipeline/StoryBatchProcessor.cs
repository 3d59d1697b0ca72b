using Confluent.Kafka;
using Polly;
using Syndication.Core.Decoding;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Pipeline;

/// <summary>
/// Turns one batch of consumed messages into stored stories: decode and normalize each, dead-letter what
/// cannot be a story, then store the stories, the counts and the offsets in one transaction.
/// </summary>
/// <remarks>
/// Dead letters are acknowledged by the broker before the offsets that skip them are stored, so a crash
/// between the two can duplicate a dead letter but never lose one.
/// </remarks>
public sealed partial class StoryBatchProcessor(
    SqliteStoryStore store,
    DeadLetterPublisher deadLetters,
    ConsumerState state,
    IngestOptions options,
    TimeProvider time,
    ILogger<StoryBatchProcessor> log)
{
    private readonly ResiliencePipeline _faultRetry = FaultRetry.Create(log, time);

    public BatchOutcome Process(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> messages, string? clusterId, CancellationToken cancellationToken)
    {
        var batch = new IngestBatch();
        var rejected = new List<DeadLetter>();
        foreach (var message in messages)
        {
            var source = new SourcePosition(message.Topic, message.Partition.Value, message.Offset.Value);
            var result = StoryDecoder.Decode(message.Message.Value ?? [], options.MaxStoryBytes);
            if (result.Story is { } story)
            {
                batch.AddStory(story, source, clusterId);
                LogDecoded(log, story.Id, source.Topic, source.Partition, source.Offset);
            }
            else
            {
                var rejection = result.Rejection!;
                batch.AddRejection(rejection.Reason, source, clusterId);
                rejected.Add(new DeadLetter(message, rejection));
                LogRejected(log, source.Topic, source.Partition, source.Offset, rejection.Reason, rejection.Stage, rejection.Detail);
            }
        }

        if (batch.MessageCount == 0)
        {
            return default;
        }

        _faultRetry.Execute(token => deadLetters.PublishAsync(rejected, token).GetAwaiter().GetResult(), cancellationToken);
        var outcome = _faultRetry.Execute(() => store.Commit(batch));
        if (outcome.Stored > 0)
        {
            state.StorySeen(time.GetUtcNow());
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Decoded {StoryId} from {Topic}/{Partition}@{Offset}")]
    private static partial void LogDecoded(ILogger logger, string storyId, string topic, int partition, long offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Topic}/{Partition}@{Offset}: {Reason} at {Stage}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string topic, int partition, long offset, string reason, string stage, string detail);
}
