using Confluent.Kafka;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Kafka;

/// <summary>The client settings every producer and consumer of ours shares.</summary>
public static class KafkaClientConfig
{
    /// <summary>Room for the largest story we accept (5 MB) plus headers.</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    public static ProducerConfig Producer(string bootstrapServers) => new()
    {
        BootstrapServers = bootstrapServers,
        Acks = Acks.All,
        LingerMs = 5,
        MessageMaxBytes = MaxMessageBytes,
        CompressionType = CompressionType.None,
        LogConnectionClose = false,
    };

    public static ConsumerConfig Consumer(string bootstrapServers, KafkaOptions options) => new()
    {
        BootstrapServers = bootstrapServers,
        GroupId = options.GroupId,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        AutoCommitIntervalMs = 1000,
        // Offsets live in the store, in the transaction with the stories; Kafka gets a copy afterwards so
        // tools and `syndication push` can see the group's lag.
        EnableAutoCommit = true,
        EnableAutoOffsetStore = false,
        SessionTimeoutMs = options.SessionTimeoutMs,
        HeartbeatIntervalMs = Math.Max(500, options.SessionTimeoutMs / 5),
        FetchMaxBytes = 64 * 1024 * 1024,
        // Implementation note: with a backlog larger than the local queue (64 MB), librdkafka stops fetching
        // and by default waits a whole second before it looks again, so a worker catching up stalled for
        // up to a second at a time while its queue ran dry; 20 ms keeps the queue fed for a few more wakeups.
        FetchQueueBackoffMs = 20,
        MaxPartitionFetchBytes = MaxMessageBytes,
        MessageMaxBytes = MaxMessageBytes,
        LogConnectionClose = false,
    };
}
