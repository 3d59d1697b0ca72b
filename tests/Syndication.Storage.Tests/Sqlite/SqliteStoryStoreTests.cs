using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Dedup;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteStoryStoreTests : IDisposable
{
    private const string Topic = "wire.stories.raw";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private string StorePath => Path.Combine(_directory, "nested", "syndication.db");

    [Fact]
    public void Open_MissingDirectory_CreatesIt()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        File.Exists(StorePath).ShouldBeTrue();
        store.IsAvailable().ShouldBeTrue();
    }

    [Fact]
    public void Commit_NewStories_StoresThemWithTheirSourceAndTime()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        var outcome = store.Commit(Batch((Story("a"), 0, 10), (Story("b"), 1, 20)));

        outcome.ShouldBe(new BatchOutcome(2, 0, 0));
        var found = store.Find("a").ShouldNotBeNull();
        StoryJson.Serialize(found.Story).ShouldBe(StoryJson.Serialize(Story("a")));
        found.Source.ShouldBe(new SourcePosition(Topic, 0, 10));
        found.StoredAt.ShouldBe(_time.GetUtcNow());
        found.TimesSeen.ShouldBe(1);
        store.Counts().ShouldBe(new StoreCounts(2, 0, 0));
    }

    [Fact]
    public void Commit_SameStoryAgain_StoresOnceAndCountsTheDuplicate()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Story("a"), 0, 1)));
        var outcome = store.Commit(Batch((Story("a"), 3, 7), (Story("a"), 4, 9)));

        outcome.ShouldBe(new BatchOutcome(0, 2, 0));
        store.Find("a")!.TimesSeen.ShouldBe(3);
        store.Find("a")!.Source.ShouldBe(new SourcePosition(Topic, 0, 1), "the first sighting is kept");
        store.Counts().ShouldBe(new StoreCounts(1, 2, 0));
    }

    [Fact]
    public void Commit_Rejections_AreCountedByReasonAndMoveTheOffset()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        var batch = new IngestBatch();
        batch.AddRejection("binary", new SourcePosition(Topic, 2, 5), "cluster-1");
        batch.AddRejection("binary", new SourcePosition(Topic, 2, 6), "cluster-1");
        batch.AddRejection("empty", new SourcePosition(Topic, 3, 0), "cluster-1");

        store.Commit(batch).ShouldBe(new BatchOutcome(0, 0, 3));
        store.RejectionsByReason().ShouldBe(new Dictionary<string, long> { ["binary"] = 2, ["empty"] = 1 });
        store.Offsets(Topic)[2].NextOffset.ShouldBe(7);
        store.Offsets(Topic)[3].NextOffset.ShouldBe(1);
    }

    [Fact]
    public void Offsets_AfterReopen_ResumeAfterTheLastCommittedMessageOfEachPartition()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            store.Commit(Batch((Story("a"), 0, 41), (Story("b"), 0, 40), (Story("c"), 5, 3)));
        }

        using var reopened = SqliteStoryStore.Open(StorePath, _time);
        var offsets = reopened.Offsets(Topic);
        offsets.Count.ShouldBe(2);
        offsets[0].ShouldBe(new ConsumedOffset(Topic, 0, 42, "cluster-1"));
        offsets[5].ShouldBe(new ConsumedOffset(Topic, 5, 4, "cluster-1"));
        reopened.Offsets("another.topic").ShouldBeEmpty();
    }

    [Fact]
    public void Commit_WhenTheTransactionFails_StoresNeitherStoriesNorOffsets()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Story("a"), 0, 1)));

        // Another connection holds the write lock for longer than the busy timeout: the commit must fail whole.
        using var blocker = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        blocker.Open();
        using (var pragma = blocker.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=0;";
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
    public void Latest_ReturnsNewestFirstUpToTheLimit()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        foreach (var id in new[] { "a", "b", "c" })
        {
            store.Commit(Batch((Story(id), 0, id[0])));
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        store.Latest(2).Select(s => s.Current.Story.Id).ShouldBe(["c", "b"]);
        store.Latest(50).Count.ShouldBe(3);
    }

    [Fact]
    public void Stamp_ChangesWithANewStoryButNotWithADuplicate()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Stamp().ShouldBe(new FeedStamp(0, null, 0));
        store.Commit(Batch((Story("a"), 0, 1)));
        var first = store.Stamp();
        first.LatestStoredAt.ShouldBe(_time.GetUtcNow());

        _time.Advance(TimeSpan.FromSeconds(5));
        store.Commit(Batch((Story("a"), 0, 2)));
        store.Stamp().ShouldBe(first);

        store.Commit(Batch((Story("b"), 0, 3)));
        store.Stamp().LatestSequence.ShouldBeGreaterThan(first.LatestSequence);
    }

    [Fact]
    public void Commit_NewerVersion_ReplacesTheCurrentOneUnderTheSameItem()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Versioned("v1", 1), 0, 1)));
        _time.Advance(TimeSpan.FromMinutes(1));
        store.Commit(Batch((Versioned("v2", 2), 0, 2)));

        var item = store.Latest(50).ShouldHaveSingleItem();
        item.Current.Story.Id.ShouldBe("v2");
        item.FirstStoredAt.ShouldBe(_time.GetUtcNow() - TimeSpan.FromMinutes(1));
        item.UpdatedAt.ShouldBe(_time.GetUtcNow());
        store.VersionIds(item.ItemId).ShouldBe(["v1", "v2"]);
        store.Find("v1")!.ItemId.ShouldBe(item.ItemId);
    }

    [Fact]
    public void Commit_OlderVersionArrivingLate_IsRecordedButNeverShown()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Versioned("v3", 3), 0, 1)));
        var stamp = store.Stamp();

        var outcome = store.Commit(Batch((Versioned("v2", 2), 0, 2)));

        outcome.ShouldBe(new BatchOutcome(1, 0, 0, 1));
        store.Latest(50).ShouldHaveSingleItem().Current.Story.Id.ShouldBe("v3");
        store.Find("v2").ShouldNotBeNull();
        store.Stamp().ShouldBe(stamp, "a late old version changes no feed");
    }

    [Fact]
    public void Commit_Kill_RemovesTheItemFromFeedsForGoodAndLeavesATombstone()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Versioned("v1", 1), 0, 1), (Story("other"), 0, 2)));
        var stamp = store.Stamp();
        _time.Advance(TimeSpan.FromMinutes(1));

        store.Commit(Batch((Versioned("kill", 1) with { PubStatus = PubStatus.Canceled }, 0, 3)));
        store.Commit(Batch((Versioned("v9", 9), 0, 4)));

        store.Latest(50).Select(i => i.Current.Story.Id).ShouldBe(["other"]);
        store.Stamp().LatestSequence.ShouldBeGreaterThan(stamp.LatestSequence);
        var itemId = store.Find("v1")!.ItemId;
        store.FindItem(itemId)!.KilledAt.ShouldBe(_time.GetUtcNow());
        store.Tombstones(_time.GetUtcNow() - TimeSpan.FromHours(1), 10).ShouldBe([new FeedTombstone(itemId, _time.GetUtcNow())]);
        store.Tombstones(_time.GetUtcNow() + TimeSpan.FromSeconds(1), 10).ShouldBeEmpty();
    }

    [Fact]
    public void Commit_WithheldVersion_LeavesTheFeeds()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Versioned("v1", 1), 0, 1)));
        store.Commit(Batch((Versioned("v2", 2) with { PubStatus = PubStatus.Withheld }, 0, 2)));

        store.Latest(50).ShouldBeEmpty();
        store.FindItem(store.Find("v1")!.ItemId)!.KilledAt.ShouldBeNull();
    }

    [Fact]
    public void Commit_VersionsInAnyOrder_EndInTheSameState()
    {
        var versions = new[] { Versioned("v1", 1), Versioned("v2", 2), Versioned("fix", 2) with { IsCorrection = true }, Versioned("v3", 3) };
        var outcomes = new List<string>();
        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2] })
        {
            var path = Path.Combine(_directory, $"order-{outcomes.Count}.db");
            using var store = SqliteStoryStore.Open(path, _time);
            foreach (var index in order)
            {
                store.Commit(Batch((versions[index], 0, index)));
            }

            outcomes.Add(store.Latest(50).ShouldHaveSingleItem().Current.Story.Id);
        }

        outcomes.ShouldAllBe(id => id == "v3");
    }

    [Fact]
    public void Commit_VersionOfAnItemWhoseKeyWasWrittenOut_IsFoundAfterARestart()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Off))
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

        using var reopened = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Off);

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
            command.Parameters.AddWithValue("$storedAt", _time.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$signature", MinHashSignature.Of(Story("recent")).ToBytes());
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.FindItem("item-keyed").ShouldNotBeNull().Current.Story.Id.ShouldBe("keyed");
        store.FindItem("item-recent").ShouldNotBeNull().Current.Story.Id.ShouldBe("recent");
        store.Exclusives(10).ShouldHaveSingleItem().ItemId.ShouldBe("item-recent", "exclusivity is read from the stored JSON");
        store.Commit(Batch((Story("recent-again") with { Paragraphs = Story("recent").Paragraphs }, 0, 9)));
        store.FindItem(store.Find("recent-again")!.ItemId)!.DuplicateOf.ShouldBe("item-recent", "the version 2 signature was moved into the index");
    }

    [Fact]
    public void Latest_ChangedBefore_PagesThroughTheItemsNewestFirst()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch([.. Enumerable.Range(0, 5).Select(i => (Story($"p{i}"), 0, (long)i))]));

        var first = store.Latest(2);
        var second = store.Latest(2, first[^1].ChangeSequence);
        var third = store.Latest(2, second[^1].ChangeSequence);

        first.Concat(second).Concat(third).Select(item => item.Current.Story.Id).ShouldBe(["p4", "p3", "p2", "p1", "p0"]);
    }

    [Fact]
    public void Route_StoredItem_IsListedAndChangesTheStamp()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch((Story("held"), 0, 0)));
        var itemId = store.Find("held")!.ItemId;
        var before = store.Stamp();

        store.Route(itemId, "meo").ShouldBeTrue();
        store.Route(itemId, "meo").ShouldBeTrue("routing twice is routing once");
        store.Route("no-such-item", "meo").ShouldBeFalse();

        store.Routes()[itemId].ShouldBe(["meo"]);
        store.Stamp().ShouldNotBe(before);
    }

    [Fact]
    public void Exclusives_KilledAndOpenItems_ListsOnlyLiveExclusiveOnes()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(
            (Story("exclusive"), 0, 0),
            (Story("open") with { Rights = StoryRights.None }, 0, 1),
            (Versioned("killed-v1", 1), 0, 2)));
        store.Commit(Batch((Versioned("killed-v2", 2) with { PubStatus = PubStatus.Canceled }, 0, 3)));

        store.Exclusives(10).Select(item => item.Current.Story.Id).ShouldBe(["exclusive"]);
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
        using var store = SqliteStoryStore.Open(StorePath, _time);

        var item = store.Latest(50).ShouldHaveSingleItem();
        item.ItemId.ShouldBe("old");
        item.Current.Story.Id.ShouldBe("old");
        store.FindItem("old").ShouldNotBeNull();
    }

    [Fact]
    public void Checkpoint_MovesCommittedPagesIntoTheDatabaseFile()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Enumerable.Range(0, 200).Select(i => (Story($"s{i}"), 0, (long)i)).ToArray()));
        var before = new FileInfo(StorePath).Length;
        store.Checkpoint();
        new FileInfo(StorePath).Length.ShouldBeGreaterThan(before);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Story Story(string id) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Kicker = "Desk",
        Contributors = [new Contributor("Nelly Tawil", ContributorRole.Editor)],
        Rights = new StoryRights("The Middle East Online", null, null),
        Paragraphs = [$"Body of {id}.", "Second paragraph."],
        WordCount = 5,
        Slug = $"headline-{id}",
        Format = "plain",
    };

    /// <summary>A version of one item (the same source id), numbered <paramref name="version"/>.</summary>
    private static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };

    private static IngestBatch Batch(params (Story Story, int Partition, long Offset)[] stories)
    {
        var batch = new IngestBatch();
        foreach (var (story, partition, offset) in stories)
        {
            batch.AddStory(story, new SourcePosition(Topic, partition, offset), "cluster-1");
        }

        return batch;
    }
}
