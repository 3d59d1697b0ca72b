namespace Syndication.Core.Partners;

/// <summary>How stories are pushed to a partner (the partners file's <c>push</c>): by webhook, to a Kafka topic, or both.</summary>
/// <param name="Webhook">The partner's webhook, or null.</param>
/// <param name="Kafka">The partner's Kafka topic, or null.</param>
public sealed record PartnerPush(WebhookTarget? Webhook, KafkaTarget? Kafka);
