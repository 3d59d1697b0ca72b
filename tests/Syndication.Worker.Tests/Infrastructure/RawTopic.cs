using Confluent.Kafka;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>Direct access to the worker's topics with a real Kafka client, as an upstream desk would have.</summary>
internal static class RawTopic
{
    internal static async Task ProduceAsync(string bootstrapServers, IEnumerable<byte[]> stories, TimeSpan pause = default)
    {
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        var sent = new List<Task>();
        foreach (var story in stories)
        {
            sent.Add(producer.ProduceAsync(KafkaTopics.RawStories, new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(story), Value = story }));
            if (pause > TimeSpan.Zero && sent.Count % 100 == 0)
            {
                await Task.Delay(pause);
            }
        }

        await Task.WhenAll(sent);
    }

    /// <summary>Every message on a topic, read from the beginning until it is quiet.</summary>
    internal static List<ConsumeResult<byte[]?, byte[]?>> ReadAll(string bootstrapServers, string topic, int expectAtLeast, TimeSpan timeout)
    {
        using var consumer = TopicReader.Open(bootstrapServers, topic, timeout);
        var messages = new List<ConsumeResult<byte[]?, byte[]?>>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout && messages.Count < expectAtLeast)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } message)
            {
                messages.Add(message);
            }
        }

        consumer.Close();
        return messages;
    }

    /// <summary>Total messages on a topic (sum of high minus low watermarks).</summary>
    internal static long Count(string bootstrapServers, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "test-counter" }).Build();
        return partitions.Sum(partition =>
        {
            var watermarks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, partition.PartitionId), TimeSpan.FromSeconds(10));
            return watermarks.High.Value - watermarks.Low.Value;
        });
    }
}
