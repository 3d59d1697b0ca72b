using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Syndication.Storage;
using Syndication.Storage.Postgres;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Bench;

/// <summary>
/// <c>syndication bench --stories N</c>: on a fresh embedded broker, measures the transport alone (consume
/// and re-produce) and the full pipeline over the same messages, and prints both and their ratio; and the
/// pipeline once more without near-duplicate detection, to show what that costs. With
/// <c>--store postgres</c> or <c>both</c> (the default when <c>--postgres CONNSTR</c> or
/// <c>SYNDICATION_BENCH_POSTGRES</c> names a server), the pipeline also runs into a fresh PostgreSQL
/// database each round, beside SQLite in the same run, and two workers (one consumer group, one database)
/// beside that one worker.
/// </summary>
/// <remarks>
/// Implementation note: the machine this runs on is shared and noisy, and the JIT needs a few seconds of
/// work before the hot code is fully optimized. So a warm-up round runs first and is reported apart, then
/// each measured round runs transport and pipeline back to back, and the ratio is taken between the
/// medians: both sides see the same machine, the same broker and the same messages.
///
/// Implementation note: the two workers run in this process, each with its own Kafka clients, consume loop
/// and store connections, as two worker processes would, but sharing one runtime (thread pool, GC) and the
/// machine with PostgreSQL and the broker. On two cores that cannot show the scaling of two workers on two
/// machines: one worker already keeps both cores busy (its loop decodes the next batch while the last is
/// committed). What it does show is what a second worker costs or gains on one database: the row locks and
/// dedup lookups the two contend on, the rebalance, and whether one worker left the cores or the server idle
/// (a ratio above 1). The one-worker and two-worker runs take turns going first, round by round, so neither
/// always gets the warmer cache or the quieter machine.
/// </remarks>
internal static class BenchCommand
{
    internal static Command Create()
    {
        var stories = new Option<int>("--stories") { Description = "Stories to generate and process per round.", DefaultValueFactory = _ => 20_000 };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds after the warm-up round.", DefaultValueFactory = _ => 3 };
        var store = new Option<string?>("--store") { Description = "sqlite, postgres or both: the stores the pipeline runs into (on PostgreSQL also as two workers beside one). Default: both when a PostgreSQL server is given, else sqlite." };
        store.AcceptOnlyFromAmong("sqlite", "postgres", "both");
        var postgres = new Option<string?>("--postgres") { Description = $"A PostgreSQL connection string whose user may create databases (one per round is made and dropped); default {PostgresVariable}." };
        var command = new Command("bench", "Measure transport and pipeline throughput on the embedded broker; bench http: the HTTP side with wrk; bench delivery: push delivery beside ingest.") { stories, rounds, store, postgres, HttpBenchCommand.Create(), DeliveryBenchCommand.Create() };
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
            var server = parse.GetValue(postgres) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } variable ? variable : null;
            var stores = parse.GetValue(store) ?? (server is null ? "sqlite" : "both");
            if (stores != "sqlite" && server is null)
            {
                Console.Error.WriteLine($"--store {stores} needs a PostgreSQL server: --postgres CONNSTR or {PostgresVariable}.");
                return Task.FromResult(1);
            }

            var onSqlite = stores != "postgres";
            var onPostgres = stores != "sqlite" ? server : null;
            var count = parse.GetValue(stories);
            var messages = BenchStories.Generate(count);
            var meanBytes = messages.Average(message => message.Length);
            using var broker = EmbeddedKafkaBroker.Start([.. KafkaTopics.Embedded, TransportBench.OutputTopic], KafkaTopics.EmbeddedPartitions);
            Produce(broker.BootstrapServers, messages);
            Print($"stories: {count:N0} distinct plain-copy stories, mean {meanBytes / 1024:F1} KiB, {KafkaTopics.EmbeddedPartitions} partitions, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC (the worker's is server)");

            var transportRates = new List<double>();
            var pipelineRates = new List<double>();
            var withoutNearDuplicatesRates = new List<double>();
            var pipelineCpu = new List<double>();
            var withoutNearDuplicatesCpu = new List<double>();
            var postgresRates = new List<double>();
            var postgresWithoutNearDuplicatesRates = new List<double>();
            var twoWorkerRates = new List<double>();
            for (var round = 0; round <= parse.GetValue(rounds); round++)
            {
                var label = round == 0 ? "warm-up" : $"round {round}";
                var transport = count / TransportBench.Run(broker.BootstrapServers, count, $"bench-transport-{round}", cancellationToken).TotalSeconds;
                var line = $"{label}: transport {transport:N0} msg/s".ToString(CultureInfo.InvariantCulture);
                if (round > 0)
                {
                    transportRates.Add(transport);
                }

                if (onSqlite)
                {
                    // With and without detection take turns going first, so neither always follows the transport run.
                    var withoutFirst = round % 2 == 0;
                    var withoutRun = withoutFirst ? RunPipeline(broker.BootstrapServers, count, $"bench-pipeline-plain-{round}", NearDuplicateSettings.Off, null, cancellationToken) : default;
                    var run = RunPipeline(broker.BootstrapServers, count, $"bench-pipeline-{round}", NearDuplicateSettings.Default, null, cancellationToken);
                    withoutRun = withoutFirst ? withoutRun : RunPipeline(broker.BootstrapServers, count, $"bench-pipeline-plain-{round}", NearDuplicateSettings.Off, null, cancellationToken);
                    var (pipeline, withoutNearDuplicates) = (count / run.Elapsed.TotalSeconds, count / withoutRun.Elapsed.TotalSeconds);
                    var (cpu, withoutCpu) = (CpuPerStory(run, count), CpuPerStory(withoutRun, count));
                    line += $", pipeline {pipeline:N0} stories/s, {cpu:F1} µs CPU each (without near-duplicate detection {withoutNearDuplicates:N0}, {withoutCpu:F1} µs), ratio {pipeline / transport:F2}".ToString(CultureInfo.InvariantCulture);
                    if (round > 0)
                    {
                        pipelineRates.Add(pipeline);
                        withoutNearDuplicatesRates.Add(withoutNearDuplicates);
                        pipelineCpu.Add(cpu);
                        withoutNearDuplicatesCpu.Add(withoutCpu);
                    }
                }

                string? twoWorkerLine = null;
                if (onPostgres is not null)
                {
                    // One worker and two take turns going first.
                    var twoFirst = round % 2 == 1;
                    var two = twoFirst ? RunTwoWorkers(broker.BootstrapServers, count, $"bench-postgres-two-{round}", onPostgres, cancellationToken) : default;
                    var pipeline = count / RunPipeline(broker.BootstrapServers, count, $"bench-postgres-{round}", NearDuplicateSettings.Default, onPostgres, cancellationToken).Elapsed.TotalSeconds;
                    two = twoFirst ? two : RunTwoWorkers(broker.BootstrapServers, count, $"bench-postgres-two-{round}", onPostgres, cancellationToken);
                    var withoutNearDuplicates = count / RunPipeline(broker.BootstrapServers, count, $"bench-postgres-plain-{round}", NearDuplicateSettings.Off, onPostgres, cancellationToken).Elapsed.TotalSeconds;
                    line += $"; on PostgreSQL {pipeline:N0} stories/s (without near-duplicate detection {withoutNearDuplicates:N0}), ratio {pipeline / transport:F2}".ToString(CultureInfo.InvariantCulture);
                    twoWorkerLine = FormattableString.Invariant(
                        $"{label}: {TwoWorkersLine(two.Rate, pipeline)} ({(twoFirst ? "two" : "one")} first; the workers consumed {two.FirstConsumed:N0} + {two.SecondConsumed:N0} = {two.FirstConsumed + two.SecondConsumed:N0} of {count:N0} messages, {two.Timed:N0} after both had partitions)");
                    if (round > 0)
                    {
                        postgresRates.Add(pipeline);
                        postgresWithoutNearDuplicatesRates.Add(withoutNearDuplicates);
                        twoWorkerRates.Add(two.Rate);
                    }
                }

                Print($"{line}");
                if (twoWorkerLine is not null)
                {
                    Print($"{twoWorkerLine}");
                }
            }

            var transportMedian = Median.Of(transportRates);
            Print($"transport (consume + re-produce): {transportMedian:N0} msg/s");
            if (onSqlite)
            {
                PrintPipeline("SQLite", Median.Of(pipelineRates), Median.Of(withoutNearDuplicatesRates), transportMedian);
                var (cpu, withoutCpu) = (Median.Of(pipelineCpu), Median.Of(withoutNearDuplicatesCpu));
                Print($"CPU per story on SQLite (the whole process while the pipeline ran): {cpu:F1} µs, {withoutCpu:F1} µs without near-duplicate detection; detection takes {(cpu - withoutCpu) / cpu:P0} of it");
            }

            if (onPostgres is not null)
            {
                PrintPipeline("PostgreSQL", Median.Of(postgresRates), Median.Of(postgresWithoutNearDuplicatesRates), transportMedian);
                Print($"{TwoWorkersLine(Median.Of(twoWorkerRates), Median.Of(postgresRates))}");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The environment variable that names the PostgreSQL server when <c>--postgres</c> does not.</summary>
    internal const string PostgresVariable = "SYNDICATION_BENCH_POSTGRES";

    private static void PrintPipeline(string store, double pipelineMedian, double withoutNearDuplicatesMedian, double transportMedian)
    {
        Print($"pipeline on {store} (decode, normalize, dedup, store with offsets): {pipelineMedian:N0} stories/s");
        Print($"pipeline on {store} without near-duplicate detection (no signatures): {withoutNearDuplicatesMedian:N0} stories/s; detection costs {1 - (pipelineMedian / withoutNearDuplicatesMedian):P0}");
        Print($"pipeline/transport on {store}: {pipelineMedian / transportMedian:F2}");
    }

    private static string TwoWorkersLine(double twoWorkers, double oneWorker) =>
        FormattableString.Invariant($"two workers on PostgreSQL: {twoWorkers:N0} stories/s, one worker: {oneWorker:N0} stories/s, ratio {twoWorkers / oneWorker:F2}");

    /// <summary>Two pipelines in one consumer group into a new database on <paramref name="postgres"/>'s server, each with its own store on it.</summary>
    private static TwoWorkerRun RunTwoWorkers(string bootstrapServers, int count, string groupId, string postgres, CancellationToken cancellationToken)
    {
        using var database = PostgresBenchDatabase.Create(postgres);
        using var first = PostgresStoryStore.Open(database.ConnectionString, TimeProvider.System, NearDuplicateSettings.Default);
        using var second = PostgresStoryStore.Open(database.ConnectionString, TimeProvider.System, NearDuplicateSettings.Default);
        return PipelineBench.RunTwo(bootstrapServers, count, groupId, first, second, cancellationToken);
    }

    /// <summary>
    /// The process's CPU time per story over <paramref name="run"/>: steadier than its rate on a shared
    /// machine, as time others take from the cores is not counted.
    /// </summary>
    private static double CpuPerStory(PipelineTiming run, int count) => run.Cpu.TotalMicroseconds / count;

    /// <summary>One pipeline run into a fresh store: a SQLite file, or a new database on <paramref name="postgres"/>'s server.</summary>
    private static PipelineTiming RunPipeline(string bootstrapServers, int count, string groupId, NearDuplicateSettings nearDuplicates, string? postgres, CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            using var database = PostgresBenchDatabase.Create(postgres);
            using var store = PostgresStoryStore.Open(database.ConnectionString, TimeProvider.System, nearDuplicates);
            return PipelineBench.Run(bootstrapServers, count, groupId, store, cancellationToken);
        }

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
