using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Kafka;
using Syndication.Worker.Telemetry;

namespace Syndication.Cli.Bench;

/// <summary>
/// The worker's own consume loop and pipeline (decode, normalize, dedup, store with offsets) over the raw
/// topic into a fresh store, as one worker or as two in one consumer group. Timed from partition assignment
/// until every message is accounted for. The worker's metrics and traces are listened to as in the worker
/// (aggregated for a scrape, a span per message), so the figures include what telemetry costs.
/// </summary>
internal static class PipelineBench
{
    internal static PipelineTiming Run(string bootstrapServers, int count, string groupId, string storePath, NearDuplicateSettings nearDuplicates, CancellationToken cancellationToken)
    {
        using var store = SqliteStoryStore.Open(storePath, TimeProvider.System, nearDuplicates);
        return Run(bootstrapServers, count, groupId, store, cancellationToken);
    }

    /// <summary>Into <paramref name="store"/>, fresh and open, which others (delivery lanes) may read meanwhile.</summary>
    internal static PipelineTiming Run(string bootstrapServers, int count, string groupId, IStoryStore store, CancellationToken cancellationToken)
    {
        using var meters = ListenToMetrics();
        using var traces = ListenToTraces();
        using var pipeline = BenchPipeline.Start(bootstrapServers, groupId, store, cancellationToken);
        while (pipeline.State.AssignedPartitions == 0)
        {
            Thread.Sleep(1);
            cancellationToken.ThrowIfCancellationRequested();
            pipeline.ThrowIfFaulted();
        }

        var assignedAt = Stopwatch.GetTimestamp();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        WaitUntilAccounted(count, [pipeline], cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(assignedAt);
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        pipeline.Stop();
        EnsureEveryStoryStored(store, count);
        return new PipelineTiming(assignedAt, elapsed, cpu);
    }

    /// <summary>
    /// Two workers in one consumer group, each into its own store on one database (<paramref name="first"/>
    /// and <paramref name="second"/>, fresh and open on it). Timed from both having partitions; what was
    /// accounted for before then (one worker's head start while the group rebalanced) is left out of the rate.
    /// </summary>
    internal static TwoWorkerRun RunTwo(string bootstrapServers, int count, string groupId, IStoryStore first, IStoryStore second, CancellationToken cancellationToken)
    {
        using var meters = ListenToMetrics();
        using var traces = ListenToTraces();
        // Both join before the group's first assignment (the broker waits a few seconds for more members of a new group).
        using var one = BenchPipeline.Start(bootstrapServers, groupId, first, cancellationToken);
        using var two = BenchPipeline.Start(bootstrapServers, groupId, second, cancellationToken);
        BenchPipeline[] pipelines = [one, two];
        while (!pipelines.All(pipeline => pipeline.State.AssignedPartitions > 0) || pipelines.Sum(pipeline => pipeline.State.AssignedPartitions) != KafkaTopics.EmbeddedPartitions)
        {
            Thread.Sleep(1);
            cancellationToken.ThrowIfCancellationRequested();
            Array.ForEach(pipelines, pipeline => pipeline.ThrowIfFaulted());
            if (Accounted(pipelines) >= count)
            {
                throw new InvalidOperationException("Two-worker bench: every message was accounted for before both workers had partitions; run with more --stories.");
            }
        }

        var before = Accounted(pipelines);
        var bothAssignedAt = Stopwatch.GetTimestamp();
        WaitUntilAccounted(count, pipelines, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(bothAssignedAt);
        // The first to leave rebalances the other, whose copy of the offsets to Kafka may then fail with a
        // COMMITFAIL warning from librdkafka on stderr: harmless, the store holds the offsets.
        Array.ForEach(pipelines, pipeline => pipeline.Stop());
        EnsureEveryStoryStored(first, count);
        return new TwoWorkerRun(count - before, elapsed, one.Consumed, two.Consumed);
    }

    private static MeterProvider ListenToMetrics() => Sdk.CreateMeterProviderBuilder().AddMeter(SyndicationTelemetry.Name).AddPrometheusExporter().Build();

    private static TracerProvider ListenToTraces() => Sdk.CreateTracerProviderBuilder().AddSource(SyndicationTelemetry.Name).Build();

    // Implementation note: the pipelines' own counts of the messages they committed, not the store's
    // counters: asking the store 200 times a second took a few per cent of the cores being measured. The
    // store is asked once at the end (EnsureEveryStoryStored).
    private static void WaitUntilAccounted(int count, IReadOnlyList<BenchPipeline> pipelines, CancellationToken cancellationToken)
    {
        while (Accounted(pipelines) < count)
        {
            Thread.Sleep(2);
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var pipeline in pipelines)
            {
                pipeline.ThrowIfFaulted();
            }
        }
    }

    private static void EnsureEveryStoryStored(IStoryStore store, int count)
    {
        var counts = store.Counts();
        if (counts.Stored != count)
        {
            throw new InvalidOperationException($"Pipeline bench: stored {counts.Stored}, duplicates {counts.Duplicates}, rejected {counts.Rejected} of {count}.");
        }
    }

    private static long Accounted(IReadOnlyList<BenchPipeline> pipelines) => pipelines.Sum(pipeline => pipeline.Consumed);
}
