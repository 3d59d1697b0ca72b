using Microsoft.Data.Sqlite;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Http;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class StoreFaultTests
{
    [Fact]
    public async Task StoreLocked_StoryIsRetriedNotDeadLettered_AndStoredOnceTheLockGoes()
    {
        using var directory = new TemporaryDirectory();
        var store = directory.File("syndication.db");
        using var worker = await WorkerProcess.StartAsync(store);
        var bootstrap = (await worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;

        // Another process-like connection takes the database's write lock and keeps it.
        using var blocker = new SqliteConnection($"Data Source={store};Pooling=False");
        blocker.Open();
        var transaction = blocker.BeginTransaction(deferred: false);
        using (var write = blocker.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = "INSERT INTO counters (name, value) VALUES ('test.lock', 1)";
            write.ExecuteNonQuery();
        }

        await FeedEndpointsTests.Ingest(worker, TestStories.Plain("locked", 1));
        await worker.Process.WaitForLineAsync(line => line.Contains("Store or broker fault", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        WorkerProcess.Stories(await worker.StatusAsync(), "stored").ShouldBe(0);

        transaction.Rollback();
        transaction.Dispose();
        var status = await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 1, TimeSpan.FromSeconds(60));
        WorkerProcess.Stories(status, "rejected").ShouldBe(0);
        RawTopic.Count(bootstrap, KafkaTopics.DeadLetters).ShouldBe(0);
    }
}
