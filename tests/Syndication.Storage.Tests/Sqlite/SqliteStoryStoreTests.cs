using Microsoft.Data.Sqlite;
using Syndication.Core.Dedup;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteStoryStoreTests : StoryStoreContract, IDisposable
{
    private readonly SqliteTestFiles _files = new("nested");

    private string StorePath => _files.StorePath;

    [Fact]
    public void Open_MissingDirectory_CreatesIt()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        File.Exists(StorePath).ShouldBeTrue();
        store.IsAvailable().ShouldBeTrue();
    }

    [Fact]
    public void Commit_WhenTheTransactionFails_StoresNeitherStoriesNorOffsets()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        store.Commit(Batch((Story("a"), 0, 1)));

        // Another connection holds the write lock for longer than the busy timeout: the commit must fail whole.
        using var blocker = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        blocker.Open();
        using (var pragma = blocker.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busyTimeout=0;";
            pragma.ExecuteNonQuery();
        }

        using var lockTransaction = blocker.BeginTransaction(deferred: false);
        using (var write = blocker.CreateCommand())
        {
            write.Transaction = lockTransaction;
            write.CommandText = "INSERT INTO counters (name, value) VALUES ('test.lock', 1)";
            write.ExecuteNonQuery();
        }

        Should.Throw<SqliteException>(() => store.Commit(Batch((Story("b"), 0, 2))));
        lockTransaction.Rollback();

        store.Find("b").ShouldBeNull();
        store.Offsets(Topic)[0].NextOffset.ShouldBe(2);
        store.Counts().Stored.ShouldBe(1);
    }

    [Fact]
    public void Commit_VersionOfAnItemWhoseKeyWasWrittenOut_IsFoundAfterARestart()
    {
        using (var store = SqliteStoryStore.Open(StorePath, Time, NearDuplicateSettings.Off))
        {
            store.Commit(Batch((Versioned("v1", 1), 0, 0)));
            for (var first = 0; first <= RecentItemKeys.FlushThreshold; first += 5_000)
            {
                store.Commit(Batch([.. Enumerable.Range(first, 5_000).Select(i => (Story($"filler{i}"), 1, (long)i))]));
            }

            store.Commit(Batch((Story("late") with { SourceId = "urn:test:late", Provider = "Test", Version = 1 }, 2, 0)));
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM item_keys";
            ((long)command.ExecuteScalar()!).ShouldBeGreaterThanOrEqualTo(RecentItemKeys.FlushThreshold, "the recent keys were written out in one sorted batch");
        }

        using var reopened = SqliteStoryStore.Open(StorePath, Time, NearDuplicateSettings.Off);

        reopened.Commit(Batch((Versioned("v2", 2), 0, 1)));

        var itemId = reopened.Find("v1")!.ItemId;
        reopened.FindItem(itemId)!.Current.Story.Id.ShouldBe("v2");
        reopened.VersionIds(itemId).ShouldBe(["v1", "v2"]);
        reopened.Commit(Batch((Story("later") with { SourceId = "urn:test:late", Provider = "Test", Version = 2 }, 2, 1)));
        reopened.FindItem(reopened.Find("late")!.ItemId)!.Current.Story.Id.ShouldBe("later", "an item stored after the keys were written out is found from memory after a restart");
    }

    [Fact]
    public void Open_StoreOfSchemaTwo_KeepsFindingItemsAndReadsExclusivity()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
        using (var connection = new SqliteConnection($"Data Source={StorePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stored_at_ms INTEGER NOT NULL,
                    times_seen INTEGER NOT NULL DEFAULT 1, source_topic TEXT NOT NULL, source_partition INTEGER NOT NULL,
                    source_offset INTEGER NOT NULL, json BLOB NOT NULL, item_seq INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 0, updated_ms INTEGER NOT NULL DEFAULT 0, is_kill INTEGER NOT NULL DEFAULT 0,
                    is_correction INTEGER NOT NULL DEFAULT 0, is_withheld INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE signatures (seq INTEGER PRIMARY KEY, stored_at_ms INTEGER NOT NULL, signature BLOB NOT NULL);
                CREATE TABLE items (seq INTEGER PRIMARY KEY, item_id TEXT NOT NULL, item_key INTEGER NOT NULL,
                    keyed INTEGER NOT NULL DEFAULT 0, current_seq INTEGER NOT NULL, change_seq INTEGER NOT NULL,
                    first_stored_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, killed_at_ms INTEGER, duplicate_of TEXT,
                    suppressed INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE item_keys (item_key INTEGER PRIMARY KEY, item_seq INTEGER NOT NULL);
                CREATE INDEX items_by_change ON items (change_seq);
                CREATE INDEX items_unkeyed ON items (keyed) WHERE keyed = 0;
                CREATE INDEX stories_by_item ON stories (item_seq);
                CREATE TABLE consumer_offsets (topic TEXT NOT NULL, partition INTEGER NOT NULL, next_offset INTEGER NOT NULL, cluster_id TEXT, PRIMARY KEY (topic, partition));
                CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                INSERT INTO stories (seq, id, stored_at_ms, source_topic, source_partition, source_offset, json, item_seq) VALUES
                    (1, 'keyed', 1000, 'wire.stories.raw', 0, 0, $keyed, 1), (2, 'recent', 2000, 'wire.stories.raw', 0, 1, $recent, 2);
                INSERT INTO items (seq, item_id, item_key, keyed, current_seq, change_seq, first_stored_ms, updated_ms) VALUES
                    (1, 'item-keyed', $keyedKey, 1, 1, 1, 1000, 1000), (2, 'item-recent', $recentKey, 0, 2, 2, 2000, 2000);
                INSERT INTO item_keys (item_key, item_seq) VALUES ($keyedKey, 1);
                INSERT INTO signatures (seq, stored_at_ms, signature) VALUES (2, $storedAt, $signature);
                PRAGMA user_version=2;
                """;
            command.Parameters.AddWithValue("$keyed", StoryJson.Serialize(Story("keyed") with { Rights = StoryRights.None }));
            command.Parameters.AddWithValue("$recent", StoryJson.Serialize(Story("recent")));
            command.Parameters.AddWithValue("$keyedKey", SqliteStoryStore.ItemKey("item-keyed"));
            command.Parameters.AddWithValue("$recentKey", SqliteStoryStore.ItemKey("item-recent"));
            command.Parameters.AddWithValue("$storedAt", Time.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$signature", MinHashSignature.Of(Story("recent")).ToBytes());
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var store = SqliteStoryStore.Open(StorePath, Time);

        store.FindItem("item-keyed").ShouldNotBeNull().Current.Story.Id.ShouldBe("keyed");
        store.FindItem("item-recent").ShouldNotBeNull().Current.Story.Id.ShouldBe("recent");
        store.Exclusives(10).ShouldHaveSingleItem().ItemId.ShouldBe("item-recent", "exclusivity is read from the stored JSON");
        store.Commit(Batch((Story("recent-again") with { Paragraphs = Story("recent").Paragraphs }, 0, 9)));
        store.FindItem(store.Find("recent-again")!.ItemId)!.DuplicateOf.ShouldBe("item-recent", "the version 2 signature was moved into the index");
    }

    [Fact]
    public void Open_StoreOfSchemaOne_MigratesEachStoryIntoAnItem()
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

        var item = store.Latest(50).ShouldHaveSingleItem();
        item.ItemId.ShouldBe("old");
        item.Current.Story.Id.ShouldBe("old");
        store.FindItem("old").ShouldNotBeNull();
    }

    [Fact]
    public void Checkpoint_MovesCommittedPagesIntoTheDatabaseFile()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        store.Commit(Batch(Enumerable.Range(0, 200).Select(i => (Story($"s{i}"), 0, (long)i)).ToArray()));
        var before = new FileInfo(StorePath).Length;
        store.Checkpoint();
        new FileInfo(StorePath).Length.ShouldBeGreaterThan(before);
    }

    public void Dispose() => _files.Dispose();

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") => _files.Open(Time, nearDuplicates, name);

    protected override long Scalar(string sql) => _files.Scalar(sql);
}
