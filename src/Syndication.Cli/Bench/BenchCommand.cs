using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Bench;

/// <summary>
/// <c>syndication bench --stories N</c>: on a fresh embedded broker, measures the transport alone (consume
/// and re-produce) and the full pipeline over the same messages, and prints both and their ratio.
/// </summary>
internal static class BenchCommand
{
    internal static Command Create()
    {
        var stories = new Option<int>("--stories") { Description = "Stories to generate and process.", DefaultValueFactory = _ => 20_000 };
        var command = new Command("bench", "Measure transport and pipeline throughput on the embedded broker.") { stories };
        command.Validators.Add(result =>
        {
            if (result.GetValue(stories) is < 1 or > 200_000)
            {
                result.AddError("--stories must be between 1 and 200000 (the embedded broker keeps ~5 MB per partition).");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var count = parse.GetValue(stories);
            var messages = BenchStories.Generate(count);
            var meanBytes = messages.Average(message => message.Length);
            using var broker = EmbeddedKafkaBroker.Start([KafkaTopics.RawStories, KafkaTopics.DeadLetters, TransportBench.OutputTopic], KafkaTopics.EmbeddedPartitions);
            Produce(broker.BootstrapServers, messages);
            Print($"stories: {count:N0} distinct plain-copy stories, mean {meanBytes / 1024:F1} KiB, {KafkaTopics.EmbeddedPartitions} partitions, broker {broker.BootstrapServers}");

            var transport = TransportBench.Run(broker.BootstrapServers, count, cancellationToken);
            var transportRate = count / transport.TotalSeconds;
            Print($"transport (consume + re-produce): {count:N0} messages in {transport.TotalSeconds:F2} s = {transportRate:N0} msg/s");

            var storePath = Path.Combine(Path.GetTempPath(), $"syndication-bench-{Guid.NewGuid():N}.db");
            try
            {
                var pipeline = PipelineBench.Run(broker.BootstrapServers, count, storePath, cancellationToken);
                var pipelineRate = count / pipeline.TotalSeconds;
                Print($"pipeline (decode, normalize, dedup, store with offsets): {count:N0} stories in {pipeline.TotalSeconds:F2} s = {pipelineRate:N0} stories/s");
                Print($"pipeline/transport: {pipelineRate / transportRate:F2}");
            }
            finally
            {
                foreach (var file in new[] { storePath, storePath + "-wal", storePath + "-shm" })
                {
                    File.Delete(file);
                }
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static void Produce(string bootstrapServers, IReadOnlyList<byte[]> messages)
    {
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        foreach (var message in messages)
        {
            producer.Produce(KafkaTopics.RawStories, new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(message), Value = message });
        }

        producer.Flush(TimeSpan.FromMinutes(1));
    }

    private static void Print(string line) => Console.Out.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
