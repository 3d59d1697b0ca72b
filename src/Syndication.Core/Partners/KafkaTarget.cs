namespace Syndication.Core.Partners;

/// <summary>A partner's Kafka topic, where each story is produced keyed by its item id.</summary>
public sealed record KafkaTarget(string Topic)
{
    /// <summary>The topic when the partners file names none: <c>partner.{id}.stories</c>.</summary>
    public static string DefaultTopic(string partnerId) => $"partner.{partnerId}.stories";
}
