using System.Diagnostics;
using Confluent.Kafka;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Bench;

/// <summary>
/// The baseline: consume the raw topic as a group and re-produce every message to another topic, awaiting
/// the broker's acknowledgements. Timed from partition assignment to the last acknowledgement.
/// </summary>
internal static class TransportBench
{
    internal const string OutputTopic = "bench.transport.out";

    internal static TimeSpan Run(string bootstrapServers, int count, string groupId, CancellationToken cancellationToken)
    {
        var options = new KafkaOptions { GroupId = groupId };
        long assignedAt = 0;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Consumer(bootstrapServers, options))
            .SetPartitionsAssignedHandler((_, partitions) =>
            {
                assignedAt = Stopwatch.GetTimestamp();
                return partitions.Select(partition => new TopicPartitionOffset(partition, Offset.Beginning));
            })
            .Build();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        consumer.Subscribe(KafkaTopics.RawStories);
        var acknowledged = 0;
        var failed = 0;
        for (var consumed = 0; consumed < count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is not { } message)
            {
                continue;
            }

            consumed++;
            producer.Produce(OutputTopic, message.Message, report =>
            {
                if (report.Error.IsError)
                {
                    Interlocked.Increment(ref failed);
                }

                Interlocked.Increment(ref acknowledged);
            });
        }

        producer.Flush(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(assignedAt);
        consumer.Close();
        return failed == 0 && acknowledged == count
            ? elapsed
            : throw new InvalidOperationException($"Transport bench: {failed} of {count} re-produced messages failed.");
    }
}
