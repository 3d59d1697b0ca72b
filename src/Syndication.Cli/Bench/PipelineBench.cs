using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;
using Syndication.Worker.Pipeline;
using Syndication.Worker.Telemetry;

namespace Syndication.Cli.Bench;

/// <summary>
/// The worker's own consume loop and pipeline (decode, normalize, dedup, store with offsets) over the raw
/// topic into a fresh SQLite file. Timed from partition assignment until every message is accounted for.
/// The worker's metrics and traces are listened to as in the worker (aggregated for a scrape, a span per
/// message), so the figures include what telemetry costs.
/// </summary>
internal static class PipelineBench
{
    internal static TimeSpan Run(string bootstrapServers, int count, string groupId, string storePath, NearDuplicateSettings nearDuplicates, CancellationToken cancellationToken)
    {
        using var store = SqliteStoryStore.Open(storePath, TimeProvider.System, nearDuplicates);
        return Run(bootstrapServers, count, groupId, store, cancellationToken).Elapsed;
    }

    /// <summary>Into <paramref name="store"/>, fresh and open, which others (delivery lanes) may read meanwhile.</summary>
    internal static PipelineTiming Run(string bootstrapServers, int count, string groupId, IStoryStore store, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(SyndicationTelemetry.Name).AddPrometheusExporter().Build();
        using var traces = Sdk.CreateTracerProviderBuilder().AddSource(SyndicationTelemetry.Name).Build();
        var options = new KafkaOptions { GroupId = groupId };
        using var endpoint = KafkaEndpoint.Configured(bootstrapServers);
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        var state = new ConsumerState();
        var processor = new StoryBatchProcessor(store, new StoreStamp(store, time), new DeadLetterPublisher(producer, NullLogger<DeadLetterPublisher>.Instance), state, new IngestOptions(), time, NullLogger<StoryBatchProcessor>.Instance);
        var consumer = new IngestConsumer(endpoint, options, store, processor, state, time, NullLogger<IngestConsumer>.Instance);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = Task.Factory.StartNew(() => consumer.Run(stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (state.AssignedPartitions == 0)
        {
            Thread.Sleep(1);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var assignedAt = Stopwatch.GetTimestamp();
        while (Accounted(store) < count)
        {
            Thread.Sleep(5);
            cancellationToken.ThrowIfCancellationRequested();
            if (loop.IsFaulted)
            {
                loop.GetAwaiter().GetResult();
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(assignedAt);
        stop.Cancel();
        loop.GetAwaiter().GetResult();
        var counts = store.Counts();
        return counts.Stored == count
            ? new PipelineTiming(assignedAt, elapsed)
            : throw new InvalidOperationException($"Pipeline bench: stored {counts.Stored}, duplicates {counts.Duplicates}, rejected {counts.Rejected} of {count}.");
    }

    private static long Accounted(IStoryStore store)
    {
        var counts = store.Counts();
        return counts.Stored + counts.Duplicates + counts.Rejected;
    }
}
