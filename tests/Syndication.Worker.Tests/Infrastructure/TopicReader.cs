using Confluent.Kafka;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// A consumer assigned every partition of a topic from its beginning, without joining a group: a test
/// reader has nothing to coordinate, and the mock cluster's group joins have been seen to hang for minutes.
/// </summary>
internal static class TopicReader
{
    /// <summary>A consumer of every partition of <paramref name="topic"/>, waiting (up to <paramref name="timeout"/>) for the topic to exist.</summary>
    internal static IConsumer<byte[]?, byte[]?> Open(string bootstrapServers, string topic, TimeSpan timeout)
    {
        var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            // librdkafka wants a group id; an assigned consumer that never commits does not join it.
            GroupId = "test-reader-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
            MaxPartitionFetchBytes = Syndication.Worker.Kafka.KafkaClientConfig.MaxMessageBytes,
        }).Build();
        consumer.Assign(Partitions(bootstrapServers, topic, timeout).Select(partition => new TopicPartitionOffset(topic, partition, Offset.Beginning)));
        return consumer;
    }

    private static List<Partition> Partitions(string bootstrapServers, string topic, TimeSpan timeout)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = admin.GetMetadata(topic, TimeSpan.FromSeconds(5)).Topics.SingleOrDefault(metadata => metadata.Topic == topic);
            if (found is { Error.IsError: false, Partitions.Count: > 0 })
            {
                return [.. found.Partitions.Select(partition => new Partition(partition.PartitionId))];
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{topic} does not exist after {timeout}.");
            }

            Thread.Sleep(200);
        }
    }
}
