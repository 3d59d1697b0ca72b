using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Syndication.Storage;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Bench;

/// <summary>
/// <c>syndication bench --stories N</c>: on a fresh embedded broker, measures the transport alone (consume
/// and re-produce) and the full pipeline over the same messages, and prints both and their ratio; and the
/// pipeline once more without near-duplicate detection, to show what that costs.
/// </summary>
/// <remarks>
/// Implementation note: the machine this runs on is shared and noisy, and the JIT needs a few seconds of
/// work before the hot code is fully optimized. So a warm-up round runs first and is reported apart, then
/// each measured round runs transport and pipeline back to back, and the ratio is taken between the
/// medians: both sides see the same machine, the same broker and the same messages.
/// </remarks>
internal static class BenchCommand
{
    internal static Command Create()
    {
        var stories = new Option<int>("--stories") { Description = "Stories to generate and process per round.", DefaultValueFactory = _ => 20_000 };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds after the warm-up round.", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Measure transport and pipeline throughput on the embedded broker; bench http: the HTTP side with wrk; bench delivery: push delivery beside ingest.") { stories, rounds, HttpBenchCommand.Create(), DeliveryBenchCommand.Create() };
        stories.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--stories must be between 1 and 100000 (the embedded broker keeps ~5 MB per partition).");
            }
        });
        rounds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 20)
            {
                result.AddError("--rounds must be between 1 and 20.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var count = parse.GetValue(stories);
            var messages = BenchStories.Generate(count);
            var meanBytes = messages.Average(message => message.Length);
            using var broker = EmbeddedKafkaBroker.Start([.. KafkaTopics.Embedded, TransportBench.OutputTopic], KafkaTopics.EmbeddedPartitions);
            Produce(broker.BootstrapServers, messages);
            Print($"stories: {count:N0} distinct plain-copy stories, mean {meanBytes / 1024:F1} KiB, {KafkaTopics.EmbeddedPartitions} partitions, {Environment.ProcessorCount} cores");

            var transportRates = new List<double>();
            var pipelineRates = new List<double>();
            var withoutNearDuplicatesRates = new List<double>();
            for (var round = 0; round <= parse.GetValue(rounds); round++)
            {
                var label = round == 0 ? "warm-up" : $"round {round}";
                var transport = count / TransportBench.Run(broker.BootstrapServers, count, $"bench-transport-{round}", cancellationToken).TotalSeconds;
                var pipeline = count / RunPipeline(broker.BootstrapServers, count, $"bench-pipeline-{round}", NearDuplicateSettings.Default, cancellationToken).TotalSeconds;
                var withoutNearDuplicates = count / RunPipeline(broker.BootstrapServers, count, $"bench-pipeline-plain-{round}", NearDuplicateSettings.Off, cancellationToken).TotalSeconds;
                Print($"{label}: transport {transport:N0} msg/s, pipeline {pipeline:N0} stories/s (without near-duplicate detection {withoutNearDuplicates:N0}), ratio {pipeline / transport:F2}");
                if (round > 0)
                {
                    transportRates.Add(transport);
                    pipelineRates.Add(pipeline);
                    withoutNearDuplicatesRates.Add(withoutNearDuplicates);
                }
            }

            var transportMedian = Median.Of(transportRates);
            var pipelineMedian = Median.Of(pipelineRates);
            Print($"transport (consume + re-produce): {transportMedian:N0} msg/s");
            var withoutNearDuplicatesMedian = Median.Of(withoutNearDuplicatesRates);
            Print($"pipeline (decode, normalize, dedup, store with offsets): {pipelineMedian:N0} stories/s");
            Print($"pipeline without near-duplicate detection (no signatures): {withoutNearDuplicatesMedian:N0} stories/s; detection costs {1 - (pipelineMedian / withoutNearDuplicatesMedian):P0}");
            Print($"pipeline/transport: {pipelineMedian / transportMedian:F2}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static TimeSpan RunPipeline(string bootstrapServers, int count, string groupId, NearDuplicateSettings nearDuplicates, CancellationToken cancellationToken)
    {
        var storePath = Path.Combine(Path.GetTempPath(), $"syndication-bench-{Guid.NewGuid():N}.db");
        try
        {
            return PipelineBench.Run(bootstrapServers, count, groupId, storePath, nearDuplicates, cancellationToken);
        }
        finally
        {
            foreach (var file in new[] { storePath, storePath + "-wal", storePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Puts <paramref name="messages"/> on the raw topic, keyed as <c>syndication push</c> keys them.</summary>
    internal static void Produce(string bootstrapServers, IReadOnlyList<byte[]> messages)
    {
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        foreach (var message in messages)
        {
            producer.Produce(KafkaTopics.RawStories, new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(message), Value = message });
        }

        producer.Flush(TimeSpan.FromMinutes(1));
    }

    private static void Print(FormattableString line) => Console.Out.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
