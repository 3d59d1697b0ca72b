using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

public sealed class PushCommandTests
{
    [Fact]
    public async Task Push_30MegabyteBurstWithBootstrap_EveryStoryStored()
    {
        const int Count = 7500;
        using var directory = new TemporaryDirectory();
        for (var i = 0; i < Count; i++)
        {
            await File.WriteAllBytesAsync(directory.File($"story-{i:D5}.txt"), TestStories.PlainOfSize("burst", i, 4200), TestContext.Current.CancellationToken);
        }

        Directory.EnumerateFiles(directory.Path).Sum(f => new FileInfo(f).Length).ShouldBeGreaterThan(30L * 1024 * 1024);
        using var store = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        using var worker = await WorkerProcess.StartAsync(store.File("syndication.db"), broker.BootstrapServers);
        using var push = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "push", directory.Path, "--bootstrap", broker.BootstrapServers]);
        (await push.WaitForExitAsync(TimeSpan.FromMinutes(5))).ShouldBe(0, push.Output);
        push.Output.ShouldContain($"pushed {Count} of {Count} files");
        var status = await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") >= Count, TimeSpan.FromMinutes(3));
        WorkerProcess.Stories(status, "stored").ShouldBe(Count);
    }

    [Fact]
    public async Task Push_WhileNoWorkerReads_HoldsBackUntilOneDoesAndLosesNothing()
    {
        // One partition, 8 MB of stories: more than the embedded broker keeps per partition.
        const int Count = 2000;
        using var directory = new TemporaryDirectory();
        for (var i = 0; i < Count; i++)
        {
            await File.WriteAllBytesAsync(directory.File($"story-{i:D5}.txt"), TestStories.PlainOfSize("held", i, 4200), TestContext.Current.CancellationToken);
        }

        using var broker = await BrokerProcess.StartAsync(partitions: 1);
        using var push = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "push", directory.Path, "--bootstrap", broker.BootstrapServers]);
        await push.WaitForLineAsync(l => l.Contains("waiting", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        push.HasExited.ShouldBeFalse();

        using var store = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartAsync(store.File("syndication.db"), broker.BootstrapServers);
        (await push.WaitForExitAsync(TimeSpan.FromMinutes(5))).ShouldBe(0, push.Output);
        var status = await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") >= Count, TimeSpan.FromMinutes(3));
        WorkerProcess.Stories(status, "stored").ShouldBe(Count);
    }

    [Fact]
    public async Task Push_WithUrl_SendsThroughIngestAndReportsFailures()
    {
        using var directory = new TemporaryDirectory();
        await File.WriteAllBytesAsync(directory.File("a.txt"), TestStories.Plain("url", 1), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(directory.File("b.txt"), TestStories.Plain("url", 2), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(directory.File("empty.txt"), [], TestContext.Current.CancellationToken);
        using var store = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartAsync(store.File("syndication.db"));
        using var push = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "push", directory.Path, "--url", worker.BaseUri.ToString()]);
        (await push.WaitForExitAsync(TimeSpan.FromMinutes(2))).ShouldBe(1, push.Output);
        push.Output.ShouldContain("pushed 2 of 3 files");
        push.Output.ShouldContain("empty.txt: 400");
        await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 2, TimeSpan.FromSeconds(60));
    }
}
