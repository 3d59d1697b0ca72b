using System.Globalization;
using System.Text.Json;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Kafka;

/// <summary>The consume loop's lag as a real worker process reports it, against a broker that outlives the worker.</summary>
public sealed class IngestConsumerTests
{
    private const int Partitions = 32;

    [Fact]
    public async Task MeasureLag_RestartedWithEveryPartitionConsumed_ReportsLagZeroOnStatusAndMetrics()
    {
        const int Count = 200;
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        var store = directory.File("syndication.db");
        await RawTopic.ProduceAsync(broker.BootstrapServers, Enumerable.Range(0, Count).Select(i => TestStories.Plain("resumed-at-end", i)));
        using (var first = await WorkerProcess.StartAsync(store, broker.BootstrapServers))
        {
            await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == Count, TimeSpan.FromSeconds(60));
        }

        // Every partition resumes at its end with nothing new: no fetch gives the consumer a position.
        using var restarted = await WorkerProcess.StartAsync(store, broker.BootstrapServers);
        var status = await restarted.WaitForStatusAsync(s => Kafka(s).GetProperty("partitions").GetArrayLength() == Partitions, TimeSpan.FromSeconds(60));

        var partitions = Kafka(status).GetProperty("partitions").EnumerateArray().ToList();
        partitions.Select(partition => partition.GetProperty("lag").GetInt64()).ShouldAllBe(lag => lag == 0, status.ToString());
        partitions.Sum(partition => partition.GetProperty("position").GetInt64()).ShouldBe(Count, "each partition is resumed at its end, where its stored offset points");
        Kafka(status).GetProperty("lag").GetInt64().ShouldBe(0, status.ToString());
        WorkerProcess.Stories(status, "stored").ShouldBe(Count, "the restart consumed nothing again");

        // The exporter serves a scrape again for 300 ms: wait past any taken before the measurement above.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var scrape = PrometheusScrape.Parse(await restarted.Http.GetStringAsync(new Uri("metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        var lags = scrape.Named("syndication_consumer_lag").Where(sample => sample.Labels["messaging_destination_name"] == KafkaTopics.RawStories).ToList();
        lags.Select(sample => int.Parse(sample.Labels["messaging_destination_partition_id"], CultureInfo.InvariantCulture)).Order()
            .ShouldBe(Enumerable.Range(0, Partitions), scrape.Text);
        lags.ShouldAllBe(sample => sample.Value == 0, scrape.Text);
    }

    private static JsonElement Kafka(JsonElement status) => status.GetProperty("kafka");
}
