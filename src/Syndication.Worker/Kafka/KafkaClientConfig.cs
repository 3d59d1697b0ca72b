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
        MaxPartitionFetchBytes = MaxMessageBytes,
        MessageMaxBytes = MaxMessageBytes,
        LogConnectionClose = false,
    };
}
