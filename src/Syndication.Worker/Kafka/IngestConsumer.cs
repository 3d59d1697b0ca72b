using Confluent.Kafka;
using Syndication.Storage;
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
    IStoryStore store,
    StoryBatchProcessor processor,
    ConsumerState state,
    TimeProvider time,
    ILogger<IngestConsumer> log)
{
    private static readonly TimeSpan s_pollTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_lagInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_watermarkTimeout = TimeSpan.FromSeconds(5);
    private readonly List<ConsumeResult<byte[]?, byte[]?>> _pending = [];

    // Where each assigned partition was resumed, by partition number: its position until a first fetch sets one.
    // Written and read on the consume loop's thread only (the rebalance handlers run inside Consume).
    private readonly Dictionary<int, Offset> _resumedAt = [];
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
                    state.LagMeasured(MeasureLag(consumer), time.GetUtcNow());
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
        _resumedAt.Clear();
        state.Assigned(0);
    }

    private IEnumerable<TopicPartitionOffset> ResumePositions(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartition> partitions, string? clusterId)
    {
        var stored = store.Offsets(KafkaTopics.RawStories);
        var positions = new List<TopicPartitionOffset>(partitions.Count);
        foreach (var partition in partitions)
        {
            var resumeAt = ResumeOffset(consumer, partition, stored.GetValueOrDefault(partition.Partition.Value), clusterId);
            _resumedAt[partition.Partition.Value] = resumeAt;
            positions.Add(new TopicPartitionOffset(partition, resumeAt));
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

    /// <summary>
    /// Each assigned partition's position and what is left on it. Before a partition's first fetch its position
    /// is Unset: it counts from where it was resumed (the offset stored with the stories), or from the low
    /// watermark when it started from the beginning; a partition resumed at its end has no lag.
    /// </summary>
    private List<(int Partition, long Position, long Lag)> MeasureLag(IConsumer<byte[]?, byte[]?> consumer)
    {
        var partitions = new List<(int, long, long)>();
        foreach (var partition in consumer.Assignment)
        {
            var watermarks = consumer.GetWatermarkOffsets(partition);
            if (watermarks.High == Offset.Unset)
            {
                continue;
            }

            var position = consumer.Position(partition);
            var from = position != Offset.Unset ? position
                : _resumedAt.TryGetValue(partition.Partition.Value, out var resumedAt) && !resumedAt.IsSpecial ? resumedAt
                : watermarks.Low;
            partitions.Add((partition.Partition.Value, from.Value, Math.Max(0, watermarks.High.Value - from.Value)));
        }

        return partitions;
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
