using System.Collections.Concurrent;
using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Syndication.Worker.Kafka;

/// <summary>
/// The Kafka cluster the worker talks to: the configured one, or the embedded broker it started itself.
/// </summary>
public sealed class KafkaEndpoint : IDisposable
{
    private static readonly TimeSpan s_adminTimeout = TimeSpan.FromSeconds(10);

    private readonly EmbeddedKafkaBroker? _embedded;
    private readonly Lazy<string?> _clusterId;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _topics = new(StringComparer.Ordinal);

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
    /// <exception cref="KafkaException">The cluster refused or did not answer; the next call asks again.</exception>
    public Task EnsureTopicAsync(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var creation = _topics.GetOrAdd(topic, name => new Lazy<Task>(() => CreateAsync(name)));
        if (creation.Value.IsFaulted)
        {
            _topics.TryRemove(new KeyValuePair<string, Lazy<Task>>(topic, creation));
            creation = _topics.GetOrAdd(topic, name => new Lazy<Task>(() => CreateAsync(name)));
        }

        return creation.Value;
    }

    public void Dispose() => _embedded?.Dispose();

    private async Task CreateAsync(string topic)
    {
        if (_embedded is not null)
        {
            _embedded.CreateTopic(topic, KafkaTopics.EmbeddedPartitions);
            return;
        }

        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = BootstrapServers }).Build();
        try
        {
            await admin.CreateTopicsAsync(
                [new TopicSpecification { Name = topic, NumPartitions = -1, ReplicationFactor = -1 }],
                new CreateTopicsOptions { RequestTimeout = s_adminTimeout, OperationTimeout = s_adminTimeout }).ConfigureAwait(false);
        }
        catch (CreateTopicsException exception) when (exception.Results.All(result => result.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
        }
    }
}
