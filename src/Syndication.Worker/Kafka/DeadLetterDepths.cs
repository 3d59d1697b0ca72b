using Confluent.Kafka;

namespace Syndication.Worker.Kafka;

/// <summary>
/// How many messages each dead-letter topic holds (its partitions' high minus low watermarks), read from
/// the broker at most every <see cref="Freshness"/>; for the status page and <c>/status.json</c>.
/// </summary>
public sealed class DeadLetterDepths(KafkaEndpoint endpoint, TimeProvider time) : IDisposable
{
    /// <summary>How long a reading is shown before the broker is asked again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan s_queryTimeout = TimeSpan.FromSeconds(2);
    private static readonly string[] s_topics = [KafkaTopics.DeadLetters, KafkaTopics.DeliveryDeadLetters];

    private readonly Lock _gate = new();
    private IConsumer<byte[]?, byte[]?>? _consumer;
    private (IReadOnlyDictionary<string, long?> Depths, long ReadAt)? _last;

    /// <summary>Messages held per topic; null for a topic the broker did not answer about (or that does not exist yet).</summary>
    public IReadOnlyDictionary<string, long?> Read()
    {
        lock (_gate)
        {
            if (_last is { } last && time.GetElapsedTime(last.ReadAt) < Freshness)
            {
                return last.Depths;
            }

            _consumer ??= new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
            {
                BootstrapServers = endpoint.BootstrapServers,
                // librdkafka wants a group id; this consumer never joins it nor commits under it.
                GroupId = "syndication-status-" + Guid.NewGuid().ToString("N"),
                EnableAutoCommit = false,
                LogConnectionClose = false,
            }).Build();
            var depths = s_topics.ToDictionary(topic => topic, Depth, StringComparer.Ordinal);
            _last = (depths, time.GetTimestamp());
            return depths;
        }
    }

    private long? Depth(string topic)
    {
        try
        {
            using var admin = new DependentAdminClientBuilder(_consumer!.Handle).Build();
            var metadata = admin.GetMetadata(topic, s_queryTimeout).Topics.SingleOrDefault();
            if (metadata is null || metadata.Error.IsError)
            {
                return null;
            }

            long depth = 0;
            foreach (var partition in metadata.Partitions)
            {
                var watermarks = _consumer.QueryWatermarkOffsets(new TopicPartition(topic, partition.PartitionId), s_queryTimeout);
                depth += Math.Max(0, watermarks.High.Value - watermarks.Low.Value);
            }

            return depth;
        }
        catch (KafkaException)
        {
            return null;
        }
    }

    public void Dispose() => _consumer?.Dispose();
}
