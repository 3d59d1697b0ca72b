namespace Syndication.Worker.Configuration;

/// <summary>The <c>Kafka</c> configuration section.</summary>
public sealed class KafkaOptions
{
    public const string Section = "Kafka";

    /// <summary>host:port list of the brokers; unset starts the embedded broker.</summary>
    public string? BootstrapServers { get; set; }

    public string GroupId { get; set; } = "syndication";

    /// <summary>How long the group waits for a member that stopped answering (a killed worker) before rebalancing.</summary>
    public int SessionTimeoutMs { get; set; } = 10_000;

    /// <summary>Messages processed and committed to the store as one transaction, at most.</summary>
    public int BatchSize { get; set; } = 500;
}
