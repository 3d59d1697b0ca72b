using System.Text.Json;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

public sealed class ReutersImportCommandTests
{
    private const int Records = 21_578;

    [Fact]
    public async Task ImportReuters_WholeCollectionOnEmbeddedBroker_EveryRecordStoredOrRejectedWithReason()
    {
        using var store = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartAsync(store.File("syndication.db"));
        var kafka = (await worker.StatusAsync()).GetProperty("kafka");
        kafka.GetProperty("embedded").GetBoolean().ShouldBeTrue();

        // ~27 MB, over five times what the embedded broker keeps per partition: only the lag hold-back
        // keeps records from being dropped unread.
        using var import = ExternalProcess.Start("dotnet", [
            RepositoryPaths.CliDll, "import", "reuters", Path.Combine(RepositoryPaths.Shared, "corpora", "reuters21578"),
            "--bootstrap", kafka.GetProperty("bootstrapServers").GetString()!]);
        (await import.WaitForExitAsync(TimeSpan.FromMinutes(5))).ShouldBe(0, import.Output);
        import.Output.ShouldContain($"pushed {Records} of {Records} records from 22 files");

        var status = await worker.WaitForStatusAsync(s => Handled(s) >= Records, TimeSpan.FromMinutes(3));
        Handled(status).ShouldBe(Records);

        var stories = status.GetProperty("stories");
        var byReason = stories.GetProperty("rejectedByReason").EnumerateObject().ToList();
        byReason.Sum(reason => reason.Value.GetInt64()).ShouldBe(stories.GetProperty("rejected").GetInt64());
        byReason.ShouldAllBe(reason => reason.Name.Length > 0);

        // 1,798 BRIEF and 737 UNPROC records have no BODY; everything else becomes a story.
        byReason.ShouldHaveSingleItem().Name.ShouldBe("no-body");
        stories.GetProperty("rejected").GetInt64().ShouldBe(1_798 + 737);
    }

    private static long Handled(JsonElement status) =>
        WorkerProcess.Stories(status, "stored") + WorkerProcess.Stories(status, "duplicates") + WorkerProcess.Stories(status, "rejected");
}
