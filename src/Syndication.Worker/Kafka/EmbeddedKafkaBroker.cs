using System.Runtime.InteropServices;

namespace Syndication.Worker.Kafka;

/// <summary>
/// librdkafka's mock cluster, in process, serving the real Kafka protocol over TCP on loopback. Used when no
/// <c>Kafka:BootstrapServers</c> is configured, and by <c>syndication broker</c>.
/// </summary>
/// <remarks>
/// Implementation note: the mock keeps only the newest ~5 MB of each partition and drops older messages
/// silently. The topics are therefore created with many partitions, producers key messages by story so
/// load spreads over all of them, and producers hold back while the consumer lags.
/// </remarks>
public sealed class EmbeddedKafkaBroker : IDisposable
{
    /// <summary>librdkafka's RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS.</summary>
    private const int TopicAlreadyExists = 36;

    private readonly IntPtr _handle;
    private readonly IntPtr _cluster;
    private bool _disposed;

    private EmbeddedKafkaBroker(IntPtr handle, IntPtr cluster, string bootstrapServers)
    {
        _handle = handle;
        _cluster = cluster;
        BootstrapServers = bootstrapServers;
    }

    /// <summary>The <c>host:port</c> list a Kafka client connects to.</summary>
    public string BootstrapServers { get; }

    /// <summary>Starts a one-broker mock cluster with the given topics created.</summary>
    public static EmbeddedKafkaBroker Start(IEnumerable<string> topics, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var handle = LibrdkafkaNative.CreateHandle(
            LibrdkafkaNative.ProducerType,
            [new("log_level", "3")]);
        var cluster = LibrdkafkaNative.rd_kafka_mock_cluster_new(handle, 1);
        if (cluster == IntPtr.Zero)
        {
            LibrdkafkaNative.rd_kafka_destroy(handle);
            throw new InvalidOperationException("librdkafka could not create its mock cluster.");
        }

        var bootstrap = Marshal.PtrToStringAnsi(LibrdkafkaNative.rd_kafka_mock_cluster_bootstraps(cluster))
            ?? throw new InvalidOperationException("The mock cluster has no bootstrap address.");
        var broker = new EmbeddedKafkaBroker(handle, cluster, bootstrap);
        foreach (var topic in topics)
        {
            var error = LibrdkafkaNative.rd_kafka_mock_topic_create(cluster, topic, partitions, 1);
            if (error != 0)
            {
                broker.Dispose();
                throw new InvalidOperationException($"The mock cluster could not create topic {topic} (error {error}).");
            }
        }

        return broker;
    }

    /// <summary>Creates a topic; one that exists already is left as it is.</summary>
    public void CreateTopic(string topic, int partitions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var error = LibrdkafkaNative.rd_kafka_mock_topic_create(_cluster, topic, partitions, 1);
        if (error != 0 && error != TopicAlreadyExists)
        {
            throw new InvalidOperationException($"The mock cluster could not create topic {topic} (error {error}).");
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        LibrdkafkaNative.rd_kafka_mock_cluster_destroy(_cluster);
        LibrdkafkaNative.rd_kafka_destroy(_handle);
    }
}
