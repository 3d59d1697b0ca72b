using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Kafka;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Worker_KilledMidIngestOf5000_RestartedEndsWithExactly5000()
    {
        const int Count = 5000;
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        var store = directory.File("syndication.db");
        var stories = Enumerable.Range(0, Count).Select(i => TestStories.Plain("crash", i)).ToList();

        long storedAtKill;
        using (var first = await WorkerProcess.StartAsync(store, broker.BootstrapServers))
        {
            var producing = RawTopic.ProduceAsync(broker.BootstrapServers, stories, pause: TimeSpan.FromMilliseconds(40));
            var status = await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") >= 1500, TimeSpan.FromSeconds(120));
            first.Kill();
            storedAtKill = WorkerProcess.Stories(status, "stored");
            await producing;
        }

        storedAtKill.ShouldBeLessThan(Count, "the worker must die mid-ingest for this test to mean anything");
        using var second = await WorkerProcess.StartAsync(store, broker.BootstrapServers);
        var final = await second.WaitForStatusAsync(
            s => WorkerProcess.Stories(s, "stored") + WorkerProcess.Stories(s, "duplicates") >= Count && s.GetProperty("kafka").GetProperty("lag").GetInt64() == 0,
            TimeSpan.FromSeconds(180));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        final = await second.StatusAsync();
        WorkerProcess.Stories(final, "stored").ShouldBe(Count);
        WorkerProcess.Stories(final, "duplicates").ShouldBe(0, "offsets are stored with the stories: a replay stores nothing twice and counts nothing twice");
        WorkerProcess.Stories(final, "rejected").ShouldBe(0);
    }

    [Fact]
    public async Task Worker_AgainstNewBroker_SaysSoAndStartsFromItsBeginning()
    {
        using var directory = new TemporaryDirectory();
        var store = directory.File("syndication.db");
        using (var oldBroker = await BrokerProcess.StartAsync())
        using (var worker = await WorkerProcess.StartAsync(store, oldBroker.BootstrapServers))
        {
            await RawTopic.ProduceAsync(oldBroker.BootstrapServers, Enumerable.Range(0, 20).Select(i => TestStories.Plain("old-broker", i)));
            await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 20, TimeSpan.FromSeconds(60));
        }

        using var newBroker = await BrokerProcess.StartAsync();
        await RawTopic.ProduceAsync(newBroker.BootstrapServers, Enumerable.Range(0, 5).Select(i => TestStories.Plain("new-broker", i)));
        using var restarted = await WorkerProcess.StartAsync(store, newBroker.BootstrapServers);
        await restarted.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 25, TimeSpan.FromSeconds(60));
        restarted.Output.ShouldContain("The broker is new");
    }
}
