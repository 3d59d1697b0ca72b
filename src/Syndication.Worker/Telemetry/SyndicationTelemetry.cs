using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Syndication.Worker.Telemetry;

/// <summary>
/// The worker's Meter and ActivitySource, both named <c>Syndication</c>, and the instruments recorded where
/// things happen. The gauges, which read state at scrape time, are made by <see cref="TelemetryGauges"/>.
/// </summary>
/// <remarks>
/// Names follow OpenTelemetry's conventions; the Prometheus exporter writes dots as underscores, adds the
/// unit (<c>_seconds</c>) and <c>_total</c> to counters. No attribute of an instrument carries a story id,
/// an item id, a key, a secret or a URL: each has a small, fixed set of values.
/// </remarks>
public static class SyndicationTelemetry
{
    public const string Name = "Syndication";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Source = new(Name);

    /// <summary>Stage latencies are milliseconds to a few seconds; a delivery may wait hours (an embargo, a partner down).</summary>
    private static readonly double[] s_stageBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly double[] s_deliveryBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14400];

    public static Counter<long> StoriesConsumed { get; } = Meter.CreateCounter<long>(
        "syndication.stories.consumed", "{message}", "Messages consumed from wire.stories.raw, by the format of the story they gave (unknown for one that gave none).");

    public static Counter<long> StoriesStored { get; } = Meter.CreateCounter<long>(
        "syndication.stories.stored", "{story}", "New story rows stored: new items and new versions, by format.");

    public static Counter<long> StoriesDuplicates { get; } = Meter.CreateCounter<long>(
        "syndication.stories.duplicates", "{story}", "Stories whose content was already stored.");

    public static Counter<long> StoriesNearDuplicates { get; } = Meter.CreateCounter<long>(
        "syndication.stories.near_duplicates", "{story}", "New stories whose body nearly duplicates an earlier story's.");

    public static Counter<long> StoriesRejected { get; } = Meter.CreateCounter<long>(
        "syndication.stories.rejected", "{message}", "Inputs (or items of a multi-item input) refused, by the reason their dead letter gives.");

    public static Histogram<double> PipelineDuration { get; } = Meter.CreateHistogram(
        "syndication.pipeline.duration", "s", "Time a batch spent in a pipeline stage (decode: decode and normalize; commit: dead letters and the store's transaction).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_stageBuckets });

    public static Counter<long> Deliveries { get; } = Meter.CreateCounter<long>(
        "syndication.deliveries", "{delivery}", "Pushes to partners by outcome: delivered, dead_lettered, or failed_attempt (one attempt that will be retried or given up on).");

    public static Histogram<double> DeliveryDuration { get; } = Meter.CreateHistogram(
        "syndication.delivery.duration", "s", "From the story's version being stored to the partner's acknowledgement.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_deliveryBuckets });

    public static Counter<long> DeadLetterMessages { get; } = Meter.CreateCounter<long>(
        "syndication.dlq.messages", "{message}", "Dead letters produced, by topic.");

    public static Counter<long> FeedRequests { get; } = Meter.CreateCounter<long>(
        "syndication.feed.requests", "{request}", "Feed requests by kind (public, partner) and response status (304 for a conditional GET that matched).");
}
