using Syndication.Storage;
using Syndication.Worker.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>What every lane reads from and writes to, shared by all of them.</summary>
/// <param name="Store">The outbox, the items and the lanes' positions.</param>
/// <param name="Partners">The partners file in force now.</param>
/// <param name="Routes">The partners operators routed held stories to.</param>
/// <param name="DeadLetters">Where given-up deliveries go.</param>
/// <param name="Outbox">Wakes lanes when the outbox grows.</param>
/// <param name="Publisher">The service's publisher, for the renderers.</param>
/// <param name="Time">The clock: embargoes, retries, timeouts.</param>
public sealed record LaneResources(
    IStoryStore Store,
    Func<PartnersInForce> Partners,
    RouteBook Routes,
    DeliveryDeadLetter DeadLetters,
    OutboxWatch Outbox,
    string Publisher,
    TimeProvider Time);
