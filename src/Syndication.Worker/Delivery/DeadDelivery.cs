using Syndication.Storage;

namespace Syndication.Worker.Delivery;

/// <summary>A delivery that was given up on, as it goes to <c>wire.deliveries.dlq</c>.</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="Transport">Webhook or Kafka.</param>
/// <param name="Entry">The outbox entry the lane was handling.</param>
/// <param name="Story">What was (or would have been) sent; null when it could not be rendered.</param>
/// <param name="StoryId">The content id of the version it was for.</param>
/// <param name="Reason">One of <see cref="DeadLetterReasons"/>.</param>
/// <param name="Detail">More on the reason, for people, when there is more.</param>
/// <param name="Attempts">Every attempt, in order.</param>
/// <param name="SubscriptionId">The WebSub subscription, for a <see cref="DeliveryTransport.WebSub"/> delivery.</param>
public sealed record DeadDelivery(
    string PartnerId,
    DeliveryTransport Transport,
    OutboxEntry Entry,
    PushedStory? Story,
    string StoryId,
    string Reason,
    string? Detail,
    IReadOnlyList<DeliveryAttempt> Attempts,
    long? SubscriptionId = null);
