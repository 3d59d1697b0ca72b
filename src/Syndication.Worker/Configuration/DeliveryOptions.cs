namespace Syndication.Worker.Configuration;

/// <summary>The <c>Delivery</c> configuration section: how long the outbox keeps what every lane has read.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// How long an outbox entry stays after every push lane has read it: what a partner's lane started now
    /// is still sent (a new lane starts at the oldest entry kept).
    /// </summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);
}
