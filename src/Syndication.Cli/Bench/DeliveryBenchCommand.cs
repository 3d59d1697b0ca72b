using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Bench;

/// <summary>
/// <c>syndication bench delivery</c>: push delivery beside ingest, in this process on loopback. Ten
/// partners' webhook receivers, the tenth always answering 503; each round, on one embedded broker and
/// fresh stores, the transport baseline, then the pipeline with the worker's delivery lanes running
/// against its store, once for the nine healthy partners alone and once for all ten. Prints the
/// deliveries/s to the healthy nine, and the ingest rate (as a share of the transport's) with and without
/// the failing partner.
/// </summary>
/// <remarks>
/// Implementation note: the machine is shared and drifts, and the ingest of a few thousand stories lasts
/// well under a second, so one run says little. As in <c>bench</c>, a warm-up round runs first and is
/// reported apart; the two configurations run back to back within each round, in alternate order from
/// round to round (so neither always runs on a machine the other has just warmed or tired), and the
/// figures are taken between the medians of the rounds.
/// </remarks>
internal static class DeliveryBenchCommand
{
    /// <summary>How much the failing partner may cost the ingest rate, as a share of the rate without it.</summary>
    private const double Goal = 0.05;

    internal static Command Create()
    {
        var stories = new Option<int>("--stories") { Description = "Stories per run; each healthy partner is sent every one.", DefaultValueFactory = _ => 5_000 };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds after the warm-up round.", DefaultValueFactory = _ => 3 };
        stories.Validators.Add(result => Between(result, "--stories", 1, 100_000, " (the embedded broker keeps ~5 MB per partition)"));
        rounds.Validators.Add(result => Between(result, "--rounds", 1, 20, ""));
        var command = new Command("delivery", "Measure push delivery on loopback: ten partners' webhooks, one always failing; deliveries/s to the healthy nine, and the ingest rate with and without the failing one.")
        {
            stories, rounds,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(stories), parse.GetValue(rounds), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int rounds, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("syndication-bench-delivery-");
        try
        {
            var messages = BenchStories.ForEveryone(count);
            using var broker = EmbeddedKafkaBroker.Start([.. KafkaTopics.Embedded, TransportBench.OutputTopic], KafkaTopics.EmbeddedPartitions);
            BenchCommand.Produce(broker.BootstrapServers, messages);
            await using var receivers = await WebhookReceivers.StartAsync(DeliveryBenchPartners.Ids, DeliveryBenchPartners.FailingId, directory.FullName, cancellationToken)
                .ConfigureAwait(false);
            var nine = new DeliveryBenchSetup("nine healthy partners", DeliveryBenchPartners.HealthyIds, Path.Combine(directory.FullName, "partners-nine.json"));
            var ten = new DeliveryBenchSetup($"ten partners ({DeliveryBenchPartners.FailingId} failing)", DeliveryBenchPartners.Ids, Path.Combine(directory.FullName, "partners-ten.json"));
            DeliveryBenchPartners.Write(nine.PartnersFile, nine.Partners, receivers);
            DeliveryBenchPartners.Write(ten.PartnersFile, ten.Partners, receivers);
            Print($"stories: {count:N0} distinct plain-copy stories (no exclusive line: every partner may see each), mean {messages.Average(message => message.Length) / 1024:F1} KiB, {KafkaTopics.EmbeddedPartitions} partitions, {Environment.ProcessorCount} cores");
            Print($"partners: webhooks in NITF on loopback, one port each; {DeliveryBenchPartners.FailingId} answers 503 to everything, with retry {Compact(DeliveryBenchPartners.FailingRetry)}");

            var transportRates = new List<double>();
            var measured = new Dictionary<DeliveryBenchSetup, List<DeliveryBenchResult>> { [nine] = [], [ten] = [] };
            for (var round = 0; round <= rounds; round++)
            {
                var label = round == 0 ? "warm-up" : $"round {round}";
                var transport = count / TransportBench.Run(broker.BootstrapServers, count, $"bench-transport-{round}", cancellationToken).TotalSeconds;
                Print($"{label}: transport {transport:N0} msg/s");
                var results = new Dictionary<DeliveryBenchSetup, DeliveryBenchResult>();
                foreach (var setup in round % 2 == 1 ? new[] { nine, ten } : [ten, nine])
                {
                    var result = await RunAsync(broker.BootstrapServers, count, $"bench-delivery-{round}-{setup.Partners.Count}", directory.FullName, setup, receivers, cancellationToken)
                        .ConfigureAwait(false);
                    results[setup] = result;
                    Print($"{label}, {setup.Name}: ingest {count / result.Stored.TotalSeconds:N0} stories/s (pipeline/transport {count / result.Stored.TotalSeconds / transport:F3}); the healthy nine had every story after {result.Delivered.TotalSeconds:F2} s: {DeliveriesPerSecond(count, result):N0} deliveries/s");
                    Print($"  {Receipts(result)}");
                }

                Print($"{label}: the failing partner's cost to ingest {Cost(count / results[ten].Stored.TotalSeconds, count / results[nine].Stored.TotalSeconds) * 100:F1} %");
                if (round > 0)
                {
                    transportRates.Add(transport);
                    measured[nine].Add(results[nine]);
                    measured[ten].Add(results[ten]);
                }
            }

            var transportMedian = Median.Of(transportRates);
            var ingestWith = Median.Of(measured[ten].Select(result => count / result.Stored.TotalSeconds));
            var ingestWithout = Median.Of(measured[nine].Select(result => count / result.Stored.TotalSeconds));
            var deliveriesWith = Median.Of(measured[ten].Select(result => DeliveriesPerSecond(count, result)));
            var deliveriesWithout = Median.Of(measured[nine].Select(result => DeliveriesPerSecond(count, result)));
            var (with, without) = (ingestWith / transportMedian, ingestWithout / transportMedian);
            var cost = Cost(ingestWith, ingestWithout);
            Print($"median: transport {transportMedian:N0} msg/s; ingest {ingestWith:N0} stories/s with the failing partner, {ingestWithout:N0} without");
            Print($"deliveries/s to the healthy nine: {deliveriesWith:N0} (with the failing partner; {deliveriesWithout:N0} without it)");
            Print($"ingest ratio (pipeline/transport) with the failing partner: {with:F3}, without: {without:F3}, difference: {cost * 100:F1} % (goal: the failing partner costs ingest at most {Goal * 100:F0} %: {(cost <= Goal ? "met" : "NOT met")})");
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped.").ConfigureAwait(false);
            return 130;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<DeliveryBenchResult> RunAsync(
        string bootstrapServers, int count, string groupId, string directory, DeliveryBenchSetup setup, WebhookReceivers receivers, CancellationToken cancellationToken)
    {
        var storePath = Path.Combine(directory, $"{groupId}.db");
        try
        {
            return await DeliveryBenchRun.RunAsync(bootstrapServers, count, groupId, storePath, setup.PartnersFile, setup.Partners, receivers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var file in new[] { storePath, storePath + "-wal", storePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Every story to each of the healthy nine, over the time from partition assignment until the last of them had every story.</summary>
    private static double DeliveriesPerSecond(int count, DeliveryBenchResult result) =>
        DeliveryBenchPartners.HealthyIds.Count * count / result.Delivered.TotalSeconds;

    /// <summary>What the failing partner costs the ingest rate: positive when ingest was slower with it.</summary>
    private static double Cost(double withFailing, double withoutFailing) => 1 - (withFailing / withoutFailing);

    /// <summary>Each healthy partner's distinct stories, and what the failing partner's endpoint and lane saw.</summary>
    private static string Receipts(DeliveryBenchResult result)
    {
        var healthy = string.Join(", ", DeliveryBenchPartners.HealthyIds.Select(id => string.Create(CultureInfo.InvariantCulture, $"{id} {result.Tally.DistinctDelivered(id)}")));
        return result.FailingLane is { } lane
            ? string.Create(CultureInfo.InvariantCulture, $"delivered: {healthy}; {DeliveryBenchPartners.FailingId} answered 503 to {result.Tally.Refusals(DeliveryBenchPartners.FailingId)} attempts, its lane dead-lettered {lane.DeadLettered}, circuit {lane.Circuit.ToString().ToLowerInvariant()}")
            : $"delivered: {healthy}";
    }

    private static string Compact(string json) => string.Join(' ', json.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static void Between(OptionResult result, string name, int lowest, int highest, string why)
    {
        if (result.GetValueOrDefault<int>() < lowest || result.GetValueOrDefault<int>() > highest)
        {
            result.AddError($"{name} must be between {lowest} and {highest}{why}.");
        }
    }

    private static void Print(FormattableString line) => Console.Out.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
