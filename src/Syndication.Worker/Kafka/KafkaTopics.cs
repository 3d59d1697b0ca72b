namespace Syndication.Worker.Kafka;

/// <summary>The topic names other systems rely on.</summary>
public static class KafkaTopics
{
    public const string RawStories = "wire.stories.raw";
    public const string DeadLetters = "wire.stories.dlq";

    /// <summary>Pushes to partners that were given up on, with every attempt's outcome.</summary>
    public const string DeliveryDeadLetters = "wire.deliveries.dlq";

    /// <summary>The topics the embedded broker is started with, wherever it is started.</summary>
    public static IReadOnlyList<string> Embedded { get; } = [RawStories, DeadLetters, DeliveryDeadLetters];

    /// <summary>Partitions of the embedded broker's topics: enough that a burst never overflows the mock's ~5 MB per partition.</summary>
    public const int EmbeddedPartitions = 32;
}
