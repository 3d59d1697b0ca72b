using System.Collections.Concurrent;
using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Syndication.Worker.Kafka;

/// <summary>
/// The Kafka cluster the worker talks to: the configured one, or the embedded broker it started itself.
/// </summary>
public sealed class KafkaEndpoint : IDisposable
{
    private static readonly TimeSpan s_adminTimeout = TimeSpan.FromSeconds(3);

    private readonly EmbeddedKafkaBroker? _embedded;
    private readonly Lazy<string?> _clusterId;
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _topics = new(StringComparer.Ordinal);

    private KafkaEndpoint(string bootstrapServers, EmbeddedKafkaBroker? embedded)
    {
        BootstrapServers = bootstrapServers;
        _embedded = embedded;
        _clusterId = new Lazy<string?>(() => KafkaClusterId.Query(BootstrapServers, TimeSpan.FromSeconds(10)));
    }

    public string BootstrapServers { get; }

    public bool IsEmbedded => _embedded is not null;

    /// <summary>The cluster's id, asked once; null if it did not answer.</summary>
    public string? ClusterId => _clusterId.Value;

    public static KafkaEndpoint Configured(string bootstrapServers) => new(bootstrapServers, null);

    public static KafkaEndpoint StartEmbedded()
    {
        var broker = EmbeddedKafkaBroker.Start(KafkaTopics.Embedded, KafkaTopics.EmbeddedPartitions);
        return new KafkaEndpoint(broker.BootstrapServers, broker);
    }

    /// <summary>
    /// Makes sure a topic the worker produces to exists, once per topic and process: on the embedded broker
    /// it is created with <see cref="KafkaTopics.EmbeddedPartitions"/> partitions, on a configured cluster
    /// the admin client asks for it with the cluster's defaults (one that exists is left as it is).
    /// </summary>
    /// <returns>Null when the topic exists now, else why it could not be created.</returns>
    /// <remarks>
    /// Implementation note: a refusal is not asked again. A cluster that will not create topics (one
    /// where only operators may, or librdkafka's mock, which has no controller) may have the topic
    /// already or create it on first produce; the produce says which, and the delivery policy retries it.
    /// </remarks>
    public Task<string?> EnsureTopicAsync(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        return _topics.GetOrAdd(topic, name => new Lazy<Task<string?>>(() => CreateAsync(name))).Value;
    }

    public void Dispose() => _embedded?.Dispose();

    private async Task<string?> CreateAsync(string topic)
    {
        try
        {
            if (_embedded is not null)
            {
                _embedded.CreateTopic(topic, KafkaTopics.EmbeddedPartitions);
                return null;
            }

            using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = BootstrapServers }).Build();
            await admin.CreateTopicsAsync(
                [new TopicSpecification { Name = topic, NumPartitions = -1, ReplicationFactor = -1 }],
                new CreateTopicsOptions { RequestTimeout = s_adminTimeout, OperationTimeout = s_adminTimeout }).ConfigureAwait(false);
            return null;
        }
        catch (CreateTopicsException exception) when (exception.Results.All(result => result.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
            return null;
        }
        catch (KafkaException exception)
        {
            return exception.Error.Reason;
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
    }
}
