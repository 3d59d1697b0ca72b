namespace Syndication.Worker.Kafka;

/// <summary>
/// The Kafka cluster the worker talks to: the configured one, or the embedded broker it started itself.
/// </summary>
public sealed class KafkaEndpoint : IDisposable
{
    private readonly EmbeddedKafkaBroker? _embedded;
    private readonly Lazy<string?> _clusterId;

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

    public void Dispose() => _embedded?.Dispose();
}
