using Microsoft.Data.Sqlite;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteOutboxTests : OutboxContract, IDisposable
{
    private readonly SqliteTestFiles _files = new();

    private string StorePath => _files.StorePath;

    [Fact]
    public void Open_StoreOfSchemaFour_AddsTheTraceColumnsAndKeepsTheOutbox()
    {
        using (var store = SqliteStoryStore.Open(StorePath, Time))
        {
            store.Commit(Batch(Story("a")));
        }

        SqliteConnection.ClearAllPools();
        _files.Execute("ALTER TABLE outbox DROP COLUMN trace_parent; ALTER TABLE outbox DROP COLUMN trace_state; PRAGMA user_version=4;");

        using (var migrated = SqliteStoryStore.Open(StorePath, Time))
        {
            migrated.Outbox(0, 10).ShouldHaveSingleItem().Trace.ShouldBeNull();
            var batch = new IngestBatch();
            batch.Add(IngestedStory.Prepare(Story("b"), new SourcePosition(Topic, 0, 1)) with { Trace = new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01") }, null);
            migrated.Commit(batch);
            migrated.Outbox(1, 10).ShouldHaveSingleItem().Trace.ShouldBe(new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        }

        SqliteConnection.ClearAllPools();
        Scalar("PRAGMA user_version").ShouldBe(5);
    }

    [Fact]
    public void Commit_BatchThatFailsOnTheLock_LeavesNoEntryAndItsRetryAppendsOne()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        using var blocker = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        blocker.Open();
        using var lockTransaction = blocker.BeginTransaction(deferred: false);
        using (var write = blocker.CreateCommand())
        {
            write.Transaction = lockTransaction;
            write.CommandText = "INSERT INTO counters (name, value) VALUES ('test.lock', 1)";
            write.ExecuteNonQuery();
        }

        Should.Throw<SqliteException>(() => store.Commit(Batch(Story("a"))));
        lockTransaction.Rollback();
        store.Find("a").ShouldBeNull();
        store.OutboxHead().ShouldBe(0);

        store.Commit(Batch(Story("a")));

        store.Outbox(0, 10).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            entry => entry.Kind.ShouldBe(OutboxKind.New),
            entry => entry.StorySequence.ShouldBe(store.Find("a")!.Sequence));
    }

    [Fact]
    public void Commit_BatchThatFailsAfterItsStories_LeavesNoEntryAndItsRetryAppendsOne()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        store.Commit(Batch(Versioned("v1", 1)));
        // Offsets are written after the stories and the outbox: a failure there must take both back.
        _files.Execute("CREATE TRIGGER poison BEFORE INSERT ON consumer_offsets WHEN NEW.topic = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");

        Should.Throw<SqliteException>(() => store.Commit(Batch("poison", Versioned("v2", 2), Story("b"))));
        store.Find("v2").ShouldBeNull();
        store.Find("b").ShouldBeNull();
        store.OutboxHead().ShouldBe(1);

        _files.Execute("DROP TRIGGER poison;");
        store.Commit(Batch("poison", Versioned("v2", 2), Story("b")));

        store.Outbox(1, 10).Select(entry => (entry.Kind, entry.StorySequence)).ShouldBe(
            [(OutboxKind.Updated, store.Find("v2")!.Sequence), (OutboxKind.New, store.Find("b")!.Sequence)]);
    }

    [Fact]
    public void Open_StoreOfSchemaOne_StartsWithAnEmptyOutbox()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
        using (var connection = new SqliteConnection($"Data Source={StorePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stored_at_ms INTEGER NOT NULL,
                    times_seen INTEGER NOT NULL DEFAULT 1, source_topic TEXT NOT NULL, source_partition INTEGER NOT NULL,
                    source_offset INTEGER NOT NULL, json BLOB NOT NULL);
                CREATE TABLE consumer_offsets (topic TEXT NOT NULL, partition INTEGER NOT NULL, next_offset INTEGER NOT NULL, cluster_id TEXT, PRIMARY KEY (topic, partition));
                CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                INSERT INTO stories (id, stored_at_ms, source_topic, source_partition, source_offset, json) VALUES ('old', 1000, 'wire.stories.raw', 0, 0, $json);
                PRAGMA user_version=1;
                """;
            command.Parameters.AddWithValue("$json", StoryJson.Serialize(Story("old")));
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var store = SqliteStoryStore.Open(StorePath, Time);
        store.OutboxHead().ShouldBe(0, "what the store held before is not pushed");

        store.Commit(Batch(Story("new")));

        store.Outbox(0, 10).ShouldHaveSingleItem().StorySequence.ShouldBe(store.Find("new")!.Sequence);
    }

    public void Dispose() => _files.Dispose();

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") => _files.Open(Time, nearDuplicates, name);

    protected override long Scalar(string sql) => _files.Scalar(sql);
}
