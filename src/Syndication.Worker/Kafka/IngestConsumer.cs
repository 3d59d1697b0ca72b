using Confluent.Kafka;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Pipeline;

namespace Syndication.Worker.Kafka;

/// <summary>
/// The consume loop of <c>wire.stories.raw</c>: reads batches as a member of the consumer group, has them
/// processed, and resumes each assigned partition from the offset stored with the stories.
/// </summary>
/// <remarks>
/// Implementation note: one batch is committed to the store on a pool thread while the loop consumes and
/// decodes the next, so the single SQLite writer and the decoders work at the same time. At most one
/// batch is in flight, committed in order; before partitions are given up, and before the loop ends, it
/// is waited for. Offsets reach Kafka only after their batch is in the store.
/// </remarks>
public sealed partial class IngestConsumer(
    KafkaEndpoint endpoint,
    KafkaOptions options,
    SqliteStoryStore store,
    StoryBatchProcessor processor,
    ConsumerState state,
    TimeProvider time,
    ILogger<IngestConsumer> log)
{
    private static readonly TimeSpan s_pollTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_lagInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_watermarkTimeout = TimeSpan.FromSeconds(5);
    private readonly List<ConsumeResult<byte[]?, byte[]?>> _pending = [];
    private CancellationToken _stopping;
    private Task? _committing;
    private IngestBatch? _committingBatch;

    /// <summary>Consumes until <paramref name="stoppingToken"/> is cancelled; blocks the calling thread.</summary>
    public void Run(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        var clusterId = endpoint.ClusterId;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Consumer(endpoint.BootstrapServers, options))
            .SetPartitionsAssignedHandler((c, partitions) => ResumePositions(c, partitions, clusterId))
            .SetPartitionsRevokedHandler((c, partitions) => Revoked(c, clusterId))
            .SetPartitionsLostHandler((c, partitions) => Revoked(c, clusterId))
            .SetErrorHandler((_, error) => LogKafkaError(log, error.Code, error.Reason))
            .Build();
        consumer.Subscribe(KafkaTopics.RawStories);
        LogSubscribed(log, KafkaTopics.RawStories, options.GroupId, endpoint.BootstrapServers);
        var lastLag = time.GetTimestamp();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Fill(consumer);
                Flush(consumer, clusterId);
                if (_committing is { IsCompleted: true })
                {
                    AwaitCommitted(consumer);
                }

                if (time.GetElapsedTime(lastLag) >= s_lagInterval)
                {
                    state.LagMeasured(MeasureLag(consumer));
                    lastLag = time.GetTimestamp();
                }
            }
        }
        finally
        {
            try
            {
                AwaitCommitted(consumer);
            }
            finally
            {
                consumer.Close();
                state.Assigned(0);
            }
        }
    }

    private void Fill(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            if (consumer.Consume(s_pollTimeout) is not { } first)
            {
                return;
            }

            _pending.Add(first);
            while (_pending.Count < options.BatchSize && consumer.Consume(TimeSpan.Zero) is { } next)
            {
                _pending.Add(next);
            }
        }
        catch (ConsumeException exception)
        {
            LogKafkaError(log, exception.Error.Code, exception.Error.Reason);
        }
    }

    private void Flush(IConsumer<byte[]?, byte[]?> consumer, string? clusterId)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var decoded = processor.Decode(_pending, clusterId);
        _pending.Clear();
        AwaitCommitted(consumer);
        _committingBatch = decoded.Stories;
        _committing = Task.Run(() => processor.Commit(decoded, _stopping), CancellationToken.None);
    }

    /// <summary>Waits for the batch in flight to be stored, then lets Kafka know its offsets.</summary>
    private void AwaitCommitted(IConsumer<byte[]?, byte[]?> consumer)
    {
        if (_committing is not { } committing)
        {
            return;
        }

        _committing = null;
        committing.GetAwaiter().GetResult();
        foreach (var offset in _committingBatch!.Offsets)
        {
            try
            {
                consumer.StoreOffset(new TopicPartitionOffset(offset.Topic, offset.Partition, offset.NextOffset));
            }
            catch (KafkaException exception) when (exception.Error.Code == ErrorCode.Local_State)
            {
                // The partition is no longer ours; the store holds its offset, which is what counts.
            }
        }
    }

    private void Revoked(IConsumer<byte[]?, byte[]?> consumer, string? clusterId)
    {
        // The batches in hand belong to the partitions being taken away: store them while they are still ours.
        Flush(consumer, clusterId);
        AwaitCommitted(consumer);
        state.Assigned(0);
    }

    private IEnumerable<TopicPartitionOffset> ResumePositions(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartition> partitions, string? clusterId)
    {
        var stored = store.Offsets(KafkaTopics.RawStories);
        var positions = new List<TopicPartitionOffset>(partitions.Count);
        foreach (var partition in partitions)
        {
            positions.Add(new TopicPartitionOffset(partition, ResumeOffset(consumer, partition, stored.GetValueOrDefault(partition.Partition.Value), clusterId)));
        }

        state.Assigned(partitions.Count);
        LogAssigned(log, partitions.Count, KafkaTopics.RawStories);
        return positions;
    }

    private Offset ResumeOffset(IConsumer<byte[]?, byte[]?> consumer, TopicPartition partition, ConsumedOffset? stored, string? clusterId)
    {
        if (stored is null)
        {
            return Offset.Beginning;
        }

        if (stored.ClusterId is not null && clusterId is not null && stored.ClusterId != clusterId)
        {
            LogNewCluster(log, partition.Partition.Value, stored.ClusterId, clusterId);
            return Offset.Beginning;
        }

        var high = consumer.QueryWatermarkOffsets(partition, s_watermarkTimeout).High;
        if (stored.NextOffset > high.Value)
        {
            LogBeyondHighWatermark(log, partition.Partition.Value, stored.NextOffset, high.Value);
            return Offset.Beginning;
        }

        return new Offset(stored.NextOffset);
    }

    /// <summary>The lag of each assigned partition, from the consumer's cached watermarks (no broker round trip).</summary>
    private static Dictionary<int, long> MeasureLag(IConsumer<byte[]?, byte[]?> consumer)
    {
        var lags = new Dictionary<int, long>();
        foreach (var partition in consumer.Assignment)
        {
            var watermarks = consumer.GetWatermarkOffsets(partition);
            if (watermarks.High == Offset.Unset)
            {
                continue;
            }

            var position = consumer.Position(partition);
            var from = position == Offset.Unset ? watermarks.Low : position;
            lags[partition.Partition.Value] = Math.Max(0, watermarks.High.Value - from.Value);
        }

        return lags;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Topic} as group {GroupId} from {BootstrapServers}")]
    private static partial void LogSubscribed(ILogger logger, string topic, string groupId, string bootstrapServers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assigned {Count} partitions of {Topic}")]
    private static partial void LogAssigned(ILogger logger, int count, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker is new: partition {Partition}'s offsets were stored for cluster {StoredCluster}, this is {Cluster}; starting from the beginning")]
    private static partial void LogNewCluster(ILogger logger, int partition, string storedCluster, string cluster);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker is new: partition {Partition}'s stored offset {Stored} is beyond its high watermark {High}; starting from the beginning")]
    private static partial void LogBeyondHighWatermark(ILogger logger, int partition, long stored, long high);

    [LoggerMessage(Level = LogLevel.Error, Message = "Kafka: {Code} {Reason}")]
    private static partial void LogKafkaError(ILogger logger, ErrorCode code, string reason);
}
