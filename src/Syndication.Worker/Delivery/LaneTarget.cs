using Syndication.Core.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Where one lane delivers, and how hard it tries: a partner's webhook or its Kafka topic, with the
/// partner's retry policy. A lane whose target changes in the partners file is restarted with the new one.
/// </summary>
public sealed record LaneTarget(string PartnerId, DeliveryTransport Transport, WebhookTarget? Webhook, KafkaTarget? Kafka, RetryPolicy Retry)
{
    /// <summary>The lane's id in the store: <c>partner:{id}:webhook</c> or <c>partner:{id}:kafka</c>.</summary>
    public string LaneId => $"partner:{PartnerId}:{TransportName}";

    public string TransportName => Transport == DeliveryTransport.Webhook ? "webhook" : "kafka";

    /// <summary>The lanes a partner has: one per transport its <c>push</c> names, none without one.</summary>
    public static IEnumerable<LaneTarget> Of(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (partner.Push?.Webhook is { } webhook)
        {
            yield return new LaneTarget(partner.Id, DeliveryTransport.Webhook, webhook, null, partner.Retry);
        }

        if (partner.Push?.Kafka is { } kafka)
        {
            yield return new LaneTarget(partner.Id, DeliveryTransport.Kafka, null, kafka, partner.Retry);
        }
    }
}
