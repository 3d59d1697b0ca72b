using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Syndication.Storage;
using Syndication.Storage.Postgres;
using Syndication.Storage.Tests.Postgres;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Kafka;

public sealed class TwoWorkersTests
{
    [Fact]
    public async Task Workers_TwoInOneGroupOnOnePostgres_StoreEachStoryOnceAndTheSurvivorTakesOverWhenOneIsKilled()
    {
        const int Count = 3000;
        const int SentTwice = 300;
        using var database = new PostgresDatabase();
        var connectionString = database.ConnectionString("public");
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        string[] postgres = ["--Storage:Provider=postgres", $"--Storage:ConnectionString={connectionString}"];

        // Every story once, and the first few hundred again: each copy lands on a partition of its own choosing, so either worker may see it.
        var stories = Enumerable.Range(0, Count).Select(Copy).ToList();
        var messages = stories.Concat(stories.Take(SentTwice)).ToList();

        using var first = await WorkerProcess.StartAsync(directory.File("first.db"), broker.BootstrapServers, postgres);
        using var second = await WorkerProcess.StartAsync(directory.File("second.db"), broker.BootstrapServers, postgres);
        await first.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));
        await second.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));

        var producing = RawTopic.ProduceAsync(broker.BootstrapServers, messages, pause: TimeSpan.FromMilliseconds(40));
        var atKill = await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") >= Count / 3, TimeSpan.FromSeconds(120));
        first.Kill();
        await producing;

        // Every message accounted for, by the survivor holding every partition.
        var final = await second.WaitForStatusAsync(
            s => WorkerProcess.Stories(s, "stored") + WorkerProcess.Stories(s, "duplicates") >= messages.Count && Assigned(s) == 32,
            TimeSpan.FromSeconds(180));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        final = await second.StatusAsync();

        WorkerProcess.Stories(atKill, "stored").ShouldBeLessThan(Count, "the worker must die mid-ingest for this test to mean anything");
        WorkerProcess.Stories(final, "stored").ShouldBe(Count, "a story both workers saw is stored once");
        WorkerProcess.Stories(final, "duplicates").ShouldBe(SentTwice, "offsets are stored with the stories: the survivor resumes the dead worker's partitions where it left them");
        using var store = PostgresStoryStore.Open(connectionString, new FakeTimeProvider(DateTimeOffset.UnixEpoch), NearDuplicateSettings.Off);
        store.Latest(Count + 1).ShouldHaveSingleItem("the stories share one template: every one after the first is its near duplicate, whichever worker stored which");
        var partitionsStored = store.Offsets("wire.stories.raw");
        partitionsStored.Count.ShouldBe(32, "the survivor consumed every partition, its own and the dead worker's");
    }

    [Fact]
    public async Task Workers_TwoOnOnePostgresWithAPartner_EachStoryPushedOnceByWhicheverWorkerHoldsTheLane()
    {
        const int Count = 120;
        using var database = new PostgresDatabase();
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        var partners = new JsonObject
        {
            ["partners"] = new JsonArray(DeliveryWorkerFixture.Partner("meo", "The Middle East Online", "ninjs", new JsonObject { ["webhook"] = DeliveryWorkerFixture.Webhook(partner) })),
        };
        var partnersFile = directory.File("partners.json");
        await File.WriteAllTextAsync(partnersFile, partners.ToJsonString(), TestContext.Current.CancellationToken);
        // Near-duplicate detection off: the test stories differ in little but their numbers, and a linked near duplicate is not pushed.
        string[] arguments =
        [
            "--Storage:Provider=postgres", $"--Storage:ConnectionString={database.ConnectionString("public")}", $"--Partners:Path={partnersFile}", "--Dedup:Window=00:00:00",
        ];

        using var first = await WorkerProcess.StartAsync(directory.File("first.db"), broker.BootstrapServers, arguments);
        using var second = await WorkerProcess.StartAsync(directory.File("second.db"), broker.BootstrapServers, arguments);
        await first.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));
        await second.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));
        await RawTopic.ProduceAsync(broker.BootstrapServers, Enumerable.Range(0, Count).Select(i => TestStories.Plain("pushed-once", i)));

        await partner.WaitAsync(received => received.Select(push => push.IdempotencyKey).Distinct().Count() >= Count, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        partner.Received.Count.ShouldBe(Count, "each worker runs the partner's lane, but only the one holding its lease drains it");
        partner.Received.Select(push => push.IdempotencyKey).Distinct().Count().ShouldBe(Count);
        var lanes = new[] { await first.StatusAsync(), await second.StatusAsync() }
            .Select(status => status.GetProperty("deliveries").GetProperty("meo").GetProperty("webhook").GetProperty("standby").GetBoolean())
            .ToList();
        lanes.ShouldBe([false, true], ignoreOrder: true, "one worker drains the lane, the other stands by");
    }

    /// <summary>
    /// The same wire story re-keyed with its own headline: distinct content, and each a near duplicate of any
    /// other (the body is shared), whichever one a worker happens to store first.
    /// </summary>
    private static byte[] Copy(int index) => System.Text.Encoding.UTF8.GetBytes(
        $"Markets: copy {index} of the same wire story\n\nLONDON, June 18 (Reuters) - Shares fell across Europe on Tuesday as investors weighed "
        + "higher bond yields against a run of strong company results, with banks leading the decline.\n\n"
        + "The pan-European index closed down 1.2 percent after touching its lowest level in three weeks, while the euro edged higher against the dollar.\n\n"
        + "Analysts said the selling reflected worries that central banks would keep interest rates high for longer than markets had expected.\n\n"
        + "Oil prices were little changed, and gold rose for a third day as traders sought safer assets ahead of inflation figures due on Thursday.\n\n"
        + "Trading volumes were about ten percent below their thirty-day average, brokers said, with many investors waiting for the figures.\n");

    private static int Assigned(System.Text.Json.JsonElement status) => status.GetProperty("kafka").GetProperty("assignedPartitions").GetInt32();
}
