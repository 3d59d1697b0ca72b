namespace Syndication.Worker.Delivery;

/// <summary>How a delivery ended, every attempt of it included.</summary>
public enum DeliveryVerdict
{
    Delivered,

    /// <summary>Refused for good by the partner: dead-lettered at once.</summary>
    Rejected,

    /// <summary>Every attempt the policy allows failed: dead-lettered.</summary>
    RetriesExhausted,

    /// <summary>The policy's <c>giveUpAfter</c> passed first: dead-lettered.</summary>
    GaveUp,

    /// <summary>Not tried: the partner's circuit is open. The lane waits and tries the same delivery again.</summary>
    CircuitOpen,
}
