using Confluent.Kafka;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Telemetry;

/// <summary>
/// How many messages each dead-letter topic holds (high minus low watermark over its partitions), read from
/// the broker every 30 seconds; what <c>syndication.dlq.depth</c> reports.
/// </summary>
/// <remarks>
/// Implementation note: read on a timer, not at scrape time, so a slow or absent broker never holds a
/// scrape; the gauge reports the last reading, and nothing for a topic not read yet.
/// </remarks>
public sealed partial class DeadLetterDepths(KafkaEndpoint endpoint, TimeProvider time, ILogger<DeadLetterDepths> log) : BackgroundService
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);
    private static readonly string[] s_topics = [KafkaTopics.DeadLetters, KafkaTopics.DeliveryDeadLetters];

    private IReadOnlyDictionary<string, long> _depths = new Dictionary<string, long>();

    /// <summary>The last reading, by topic.</summary>
    public IReadOnlyDictionary<string, long> ByTopic => Volatile.Read(ref _depths);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(s_interval, time);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = endpoint.BootstrapServers }).Build();
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = endpoint.BootstrapServers, GroupId = "syndication-dlq-depth" }).Build();
        do
        {
            try
            {
                var depths = await Task.Run(() => Read(admin, consumer), stoppingToken).ConfigureAwait(false);
                Volatile.Write(ref _depths, depths);
            }
            catch (KafkaException exception)
            {
                LogNotRead(log, exception.Error.Reason);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Each dead-letter topic's depth; the consumer only asks for watermarks, it never joins its group.</summary>
    private static Dictionary<string, long> Read(IAdminClient admin, IConsumer<byte[]?, byte[]?> consumer)
    {
        var depths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var topic in s_topics)
        {
            var metadata = admin.GetMetadata(topic, s_timeout).Topics.SingleOrDefault(found => found.Topic == topic);
            if (metadata is null || metadata.Error.IsError)
            {
                continue;
            }

            long depth = 0;
            foreach (var partition in metadata.Partitions)
            {
                var watermarks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, partition.PartitionId), s_timeout);
                depth += Math.Max(0, watermarks.High.Value - watermarks.Low.Value);
            }

            depths[topic] = depth;
        }

        return depths;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-letter depths not read from the broker: {Reason}")]
    private static partial void LogNotRead(ILogger logger, string reason);
}
