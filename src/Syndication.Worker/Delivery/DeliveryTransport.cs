namespace Syndication.Worker.Delivery;

/// <summary>How a lane pushes stories to its partner.</summary>
public enum DeliveryTransport
{
    /// <summary>An HTTP POST to the partner's webhook.</summary>
    Webhook,

    /// <summary>A message on the partner's Kafka topic.</summary>
    Kafka,

    /// <summary>WebSub content distribution to one subscription's callback, the partner feed's document.</summary>
    WebSub,
}
