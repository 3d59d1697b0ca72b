using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;
using Syndication.Storage;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Telemetry;

/// <summary>
/// The gauges, observed when metrics are collected: consumer lag per partition, each delivery lane's outbox
/// depth, oldest waiting entry and circuit, and the dead-letter topics' depths.
/// </summary>
/// <remarks>
/// A partner's WebSub subscriptions each have a lane; their gauges are folded into one series per partner
/// and transport (the largest depth, age and circuit state), since no label names a subscription.
/// </remarks>
public sealed class TelemetryGauges
{
    public TelemetryGauges(ConsumerState consumer, DeliveryLanes lanes, IStoryStore store, DeadLetterDepths deadLetters, TimeProvider time)
    {
        var meter = SyndicationTelemetry.Meter;
        meter.CreateObservableGauge("syndication.consumer.lag", () => ConsumerLag(consumer), "{message}", "Messages on each assigned partition of wire.stories.raw not yet consumed.");
        meter.CreateObservableGauge("syndication.outbox.depth", () => Lanes(lanes, store, time, depth: true), "{entry}", "Outbox entries after each delivery lane's stored position (embargoed ones included).");
        meter.CreateObservableGauge("syndication.outbox.oldest_age", () => Lanes(lanes, store, time, depth: false), "s", "Age of the oldest outbox entry each delivery lane has not handled; 0 when it has handled all.");
        meter.CreateObservableGauge("syndication.circuit.state", () => Circuits(lanes), description: "Each delivery lane's circuit: 0 closed, 1 open, 2 half-open.");
        meter.CreateObservableGauge("syndication.dlq.depth", () => DeadLetterDepths(deadLetters), "{message}", "Messages held on each dead-letter topic, as last read from the broker.");
    }

    /// <summary>The gauge's value of a circuit state: 0 closed, 1 open (or isolated by hand), 2 half-open.</summary>
    public static int CircuitValue(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 2,
        _ => 1,
    };

    private static IEnumerable<Measurement<long>> ConsumerLag(ConsumerState consumer) =>
        consumer.Partitions.Select(partition => new Measurement<long>(
            partition.Lag,
            new KeyValuePair<string, object?>(TelemetryAttributes.MessagingDestination, KafkaTopics.RawStories),
            new KeyValuePair<string, object?>(TelemetryAttributes.MessagingPartition, partition.Partition.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static List<Measurement<double>> Lanes(DeliveryLanes lanes, IStoryStore store, TimeProvider time, bool depth)
    {
        // A lane on standby is drained by another worker, which reports it; this one's position is stale.
        var statuses = lanes.Statuses.Where(status => !status.IsStandby).ToList();
        var measurements = new List<Measurement<double>>(statuses.Count);
        if (statuses.Count == 0)
        {
            return measurements;
        }

        var head = store.OutboxHead();
        var now = time.GetUtcNow();
        foreach (var lane in statuses.GroupBy(status => (status.Target.PartnerId, status.Target.TransportName)))
        {
            var value = lane.Max(status =>
            {
                if (depth)
                {
                    return Math.Max(0, head - status.Position);
                }

                return status.Position < head && store.Outbox(status.Position, 1) is [var oldest] ? Math.Max(0, (now - oldest.At).TotalSeconds) : 0;
            });
            measurements.Add(new Measurement<double>(value, PartnerTags(lane.Key.PartnerId, lane.Key.TransportName)));
        }

        return measurements;
    }

    private static IEnumerable<Measurement<int>> Circuits(DeliveryLanes lanes) =>
        lanes.Statuses
            .Where(status => !status.IsStandby)
            .GroupBy(status => (status.Target.PartnerId, status.Target.TransportName))
            .Select(lane => new Measurement<int>(lane.Max(status => CircuitValue(status.Circuit)), PartnerTags(lane.Key.PartnerId, lane.Key.TransportName)));

    private static IEnumerable<Measurement<long>> DeadLetterDepths(DeadLetterDepths deadLetters) =>
        deadLetters.Read()
            .Where(pair => pair.Value is not null)
            .Select(pair => new Measurement<long>(pair.Value!.Value, new KeyValuePair<string, object?>(TelemetryAttributes.MessagingDestination, pair.Key)));

    private static KeyValuePair<string, object?>[] PartnerTags(string partner, string transport) =>
        [new(TelemetryAttributes.Partner, partner), new(TelemetryAttributes.Transport, transport)];
}
