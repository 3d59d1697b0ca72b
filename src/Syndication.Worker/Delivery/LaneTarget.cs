using Syndication.Core.Partners;
using Syndication.Storage;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Where one lane delivers, and how hard it tries: a partner's webhook or its Kafka topic, or a WebSub
/// subscription to one of its feeds, with the partner's retry policy. A lane whose target changes (in the
/// partners file, or a subscription renewed with a new lease or secret) is restarted with the new one, from
/// its stored position.
/// </summary>
public sealed record LaneTarget(string PartnerId, DeliveryTransport Transport, WebhookTarget? Webhook, KafkaTarget? Kafka, RetryPolicy Retry)
{
    /// <summary>The WebSub subscription a <see cref="DeliveryTransport.WebSub"/> lane distributes to.</summary>
    public WebSubSubscription? Subscription { get; init; }

    /// <summary>
    /// The lane's id in the store: <c>partner:{id}:webhook</c>, <c>partner:{id}:kafka</c> or
    /// <c>websub:{subscriptionId}</c> (which says nothing of the callback or the secret).
    /// </summary>
    public string LaneId => Subscription is { } subscription ? subscription.LaneId : $"partner:{PartnerId}:{TransportName}";

    public string TransportName => Transport switch
    {
        DeliveryTransport.Webhook => "webhook",
        DeliveryTransport.Kafka => "kafka",
        _ => "websub",
    };

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

    /// <summary>The lane of a subscription to one of <paramref name="partner"/>'s feeds, with the partner's policy.</summary>
    public static LaneTarget Of(Partner partner, WebSubSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(subscription);
        return new LaneTarget(partner.Id, DeliveryTransport.WebSub, null, null, partner.Retry) { Subscription = subscription };
    }
}
