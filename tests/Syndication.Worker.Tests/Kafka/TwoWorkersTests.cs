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
        var stories = Enumerable.Range(0, Count).Select(i => TestStories.Plain("two-workers", i)).ToList();
        var messages = stories.Concat(stories.Take(SentTwice)).ToList();

        using var first = await WorkerProcess.StartAsync(directory.File("first.db"), broker.BootstrapServers, postgres);
        using var second = await WorkerProcess.StartAsync(directory.File("second.db"), broker.BootstrapServers, postgres);
        await first.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));
        await second.WaitForStatusAsync(s => Assigned(s) > 0 && Assigned(s) < 32, TimeSpan.FromSeconds(60));

        var producing = RawTopic.ProduceAsync(broker.BootstrapServers, messages, pause: TimeSpan.FromMilliseconds(40));
        var atKill = await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") >= Count / 3, TimeSpan.FromSeconds(120));
        first.Kill();
        await producing;

        // Not the reported lag: a partition resumed at its end, with nothing new to consume, reports its whole length as lag.
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

    private static int Assigned(System.Text.Json.JsonElement status) => status.GetProperty("kafka").GetProperty("assignedPartitions").GetInt32();
}
