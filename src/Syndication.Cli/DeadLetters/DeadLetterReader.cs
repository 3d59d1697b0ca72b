using Confluent.Kafka;

namespace Syndication.Cli.DeadLetters;

/// <summary>
/// Reads the dead-letter topics without a consumer group: every partition assigned from its low watermark
/// and read up to the high watermark taken at the start, so a read ends even while letters keep coming.
/// </summary>
internal sealed class DeadLetterReader : IDisposable
{
    private static readonly TimeSpan s_queryTimeout = TimeSpan.FromSeconds(10);
    private readonly IConsumer<byte[]?, byte[]?> _consumer;

    internal DeadLetterReader(string bootstrapServers)
    {
        _consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            // librdkafka wants a group id; nothing is committed under it.
            GroupId = "syndication-dlq-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            // The end of a partition is its high watermark or this event, whichever comes first: offsets
            // can have gaps (transaction markers), so the last message is not always at high - 1.
            EnablePartitionEof = true,
            LogConnectionClose = false,
        }).Build();
    }

    /// <summary>Every dead letter in <paramref name="topic"/>, partition by partition, oldest first in each.</summary>
    internal IEnumerable<DeadLetter> ReadAll(DeadLetterTopic topic)
    {
        var name = DeadLetterTopics.KafkaName(topic);
        var ends = new Dictionary<int, long>();
        var starts = new List<TopicPartitionOffset>();
        foreach (var partition in Partitions(name))
        {
            var watermarks = _consumer.QueryWatermarkOffsets(partition, s_queryTimeout);
            if (watermarks.High.Value > watermarks.Low.Value)
            {
                ends[partition.Partition.Value] = watermarks.High.Value;
                starts.Add(new TopicPartitionOffset(partition, watermarks.Low));
            }
        }

        if (starts.Count == 0)
        {
            yield break;
        }

        _consumer.Assign(starts);
        try
        {
            while (ends.Count > 0)
            {
                var result = _consumer.Consume(s_queryTimeout)
                    ?? throw new TimeoutException($"{name}: no message within {s_queryTimeout} before the end of partitions {string.Join(", ", ends.Keys)}.");
                if (result.IsPartitionEOF)
                {
                    ends.Remove(result.Partition.Value);
                    continue;
                }

                if (!ends.TryGetValue(result.Partition.Value, out var end) || result.Offset.Value >= end)
                {
                    continue;
                }

                if (result.Offset.Value + 1 >= end)
                {
                    ends.Remove(result.Partition.Value);
                }

                yield return new DeadLetter(new DeadLetterId(topic, result.Partition.Value, result.Offset.Value), result.Message);
            }
        }
        finally
        {
            _consumer.Unassign();
        }
    }

    /// <summary>The dead letter at <paramref name="id"/>; null when there is none there.</summary>
    internal DeadLetter? Find(DeadLetterId id)
    {
        var name = DeadLetterTopics.KafkaName(id.Topic);
        var partition = new TopicPartition(name, id.Partition);
        if (!Partitions(name).Contains(partition))
        {
            return null;
        }

        var watermarks = _consumer.QueryWatermarkOffsets(partition, s_queryTimeout);
        if (id.Offset < watermarks.Low.Value || id.Offset >= watermarks.High.Value)
        {
            return null;
        }

        _consumer.Assign(new TopicPartitionOffset(partition, id.Offset));
        try
        {
            var result = _consumer.Consume(s_queryTimeout)
                ?? throw new TimeoutException($"{id}: no message within {s_queryTimeout}.");
            return !result.IsPartitionEOF && result.Offset.Value == id.Offset ? new DeadLetter(id, result.Message) : null;
        }
        finally
        {
            _consumer.Unassign();
        }
    }

    private List<TopicPartition> Partitions(string topic)
    {
        using var admin = new DependentAdminClientBuilder(_consumer.Handle).Build();
        var metadata = admin.GetMetadata(topic, s_queryTimeout).Topics.SingleOrDefault();
        return metadata is null || metadata.Error.IsError
            ? []
            : [.. metadata.Partitions.Select(partition => new TopicPartition(topic, partition.PartitionId))];
    }

    public void Dispose() => _consumer.Dispose();
}
