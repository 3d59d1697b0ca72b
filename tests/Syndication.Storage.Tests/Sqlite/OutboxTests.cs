using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class OutboxTests : IDisposable
{
    private const string Topic = "wire.stories.raw";
    private const string Lane = "partner:meo:webhook";

    private static readonly string[] s_sharedBody =
    [
        "Rebel fighters backed by the United States took control of the northern town of Manbij on Monday after a siege that lasted more than two months, a monitoring group and officials said.",
        "The fighters, most of them Kurds with Arab allies, entered the old market and raised their flag over the main square while civilians who had fled the fighting began to return to their homes.",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private string StorePath => Path.Combine(_directory, "syndication.db");

    [Fact]
    public void Outbox_NewStore_IsEmpty()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.Outbox(0, 10).ShouldBeEmpty();
        store.OutboxHead().ShouldBe(0);
    }

    [Fact]
    public void Route_NewRoute_AppendsRoutedForTheCurrentVersionOnce()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Story("held")));
        var stored = store.Find("held")!;
        _time.Advance(TimeSpan.FromMinutes(1));

        store.Route(stored.ItemId, "acme").ShouldBeTrue();
        store.Route(stored.ItemId, "acme").ShouldBeTrue();
        store.Route(stored.ItemId, "meo").ShouldBeTrue();

        store.Outbox(1, 10).ShouldBe([
            new OutboxEntry(2, stored.ItemId, stored.Sequence, OutboxKind.Routed, _time.GetUtcNow()),
            new OutboxEntry(3, stored.ItemId, stored.Sequence, OutboxKind.Routed, _time.GetUtcNow())]);
    }

    [Fact]
    public void Replay_StaleVersionDeadLettered_AppendsReplayedForTheCurrentVersionAndOnePartner()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v1", 1)));
        store.Commit(Batch(Versioned("v2", 2)));
        var current = store.Find("v2")!;
        _time.Advance(TimeSpan.FromMinutes(1));

        store.Replay(current.ItemId, "acme").ShouldBeTrue();
        store.Replay("no-such-item", "acme").ShouldBeFalse();

        store.Outbox(2, 10).ShouldBe([new OutboxEntry(3, current.ItemId, current.Sequence, OutboxKind.Replayed, _time.GetUtcNow(), "acme")]);
        store.Outbox(0, 1).ShouldHaveSingleItem().PartnerId.ShouldBeNull("entries the pipeline appends are for every partner");
    }

    [Fact]
    public void Replay_ForOneTransport_TheEntryNamesIt()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v1", 1)));
        var current = store.Find("v1")!;

        store.Replay(current.ItemId, "acme", "kafka").ShouldBeTrue();
        store.Replay(current.ItemId, "acme").ShouldBeTrue();

        store.Outbox(1, 10).Select(entry => (entry.PartnerId, entry.Transport)).ShouldBe([("acme", "kafka"), ("acme", (string?)null)]);
    }

    [Fact]
    public void Commit_NewItem_AppendsNewForItsStoryAtTheCommitTime()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.Commit(Batch(Story("a")));

        var stored = store.Find("a")!;
        store.Outbox(0, 10).ShouldBe([new OutboxEntry(1, stored.ItemId, stored.Sequence, OutboxKind.New, _time.GetUtcNow())]);
        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_VersionsCorrectionAndKill_AppendsEachKindOnceInOrder()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        var versions = new[] { Versioned("v1", 1), Versioned("v2", 2), Versioned("fix", 3) with { IsCorrection = true }, Killed("kill", 4) };
        var times = new List<DateTimeOffset>();
        foreach (var version in versions)
        {
            store.Commit(Batch(version));
            times.Add(_time.GetUtcNow());
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var entries = store.Outbox(0, 10);

        entries.Select(entry => entry.Kind).ShouldBe([OutboxKind.New, OutboxKind.Updated, OutboxKind.Corrected, OutboxKind.Killed]);
        entries.Select(entry => entry.StorySequence).ShouldBe(versions.Select(version => store.Find(version.Id)!.Sequence));
        entries.Select(entry => entry.At).ShouldBe(times);
        entries.ShouldAllBe(entry => entry.ItemId == store.Find("v1")!.ItemId);
        entries.Select(entry => entry.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        entries.Select(entry => entry.Sequence).ShouldBeUnique();
    }

    [Fact]
    public void Commit_VersionsOfOneItemInOneBatch_AppendsThemInTheBatchsOrder()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.Commit(Batch(Story("other"), Versioned("v1", 1), Versioned("v2", 2), Killed("kill", 3)));

        store.Outbox(0, 10).Select(entry => (entry.Kind, entry.StorySequence)).ShouldBe(
        [
            (OutboxKind.New, store.Find("other")!.Sequence),
            (OutboxKind.New, store.Find("v1")!.Sequence),
            (OutboxKind.Updated, store.Find("v2")!.Sequence),
            (OutboxKind.Killed, store.Find("kill")!.Sequence),
        ]);
    }

    [Fact]
    public void Commit_SupersededLateVersion_AppendsNothing()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v3", 3)));

        store.Commit(Batch(Versioned("v2", 2), Versioned("fix", 1) with { IsCorrection = true })).Superseded.ShouldBe(2);

        store.Outbox(0, 10).ShouldHaveSingleItem().StorySequence.ShouldBe(store.Find("v3")!.Sequence);
    }

    [Fact]
    public void Commit_ExactDuplicate_AppendsNothing()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v1", 1)));

        store.Commit(Batch(Versioned("v1", 1), Versioned("v1", 1))).Duplicates.ShouldBe(2);

        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_SecondKill_AppendsNothing()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v1", 1)));
        store.Commit(Batch(Killed("kill", 2)));

        store.Commit(Batch(Killed("kill-again", 3))).Stored.ShouldBe(1);
        store.Commit(Batch(Versioned("v9", 9))).Superseded.ShouldBe(1);

        store.Outbox(0, 10).Select(entry => entry.Kind).ShouldBe([OutboxKind.New, OutboxKind.Killed]);
    }

    [Fact]
    public void Commit_KillOfAnItemNeverSeen_AppendsKilled()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.Commit(Batch(Killed("kill", 2)));

        store.Outbox(0, 10).ShouldHaveSingleItem().Kind.ShouldBe(OutboxKind.Killed);
    }

    [Fact]
    public void Commit_LinkedNearDuplicateAndItsVersions_AppendNothing()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);
        store.Commit(Batch(Copy(2), Copy(3) with { PubStatus = PubStatus.Canceled })).Stored.ShouldBe(2);

        store.Outbox(0, 10).ShouldHaveSingleItem().ItemId.ShouldBe(store.Find("original")!.ItemId);
    }

    [Fact]
    public void Commit_DroppedNearDuplicate_AppendsNothing()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Default with { Action = NearDuplicateAction.Drop });
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);

        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_PublishedNearDuplicate_AppendsNew()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Default with { Action = NearDuplicateAction.Publish });
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);

        store.Outbox(1, 10).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            entry => entry.Kind.ShouldBe(OutboxKind.New),
            entry => entry.ItemId.ShouldBe(store.Find("copy-1")!.ItemId));
    }

    [Fact]
    public void Commit_BatchThatFailsOnTheLock_LeavesNoEntryAndItsRetryAppendsOne()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
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
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Versioned("v1", 1)));
        // Offsets are written after the stories and the outbox: a failure there must take both back.
        ExecuteOnFile("CREATE TRIGGER poison BEFORE INSERT ON consumer_offsets WHEN NEW.topic = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");

        Should.Throw<SqliteException>(() => store.Commit(Batch("poison", Versioned("v2", 2), Story("b"))));
        store.Find("v2").ShouldBeNull();
        store.Find("b").ShouldBeNull();
        store.OutboxHead().ShouldBe(1);

        ExecuteOnFile("DROP TRIGGER poison;");
        store.Commit(Batch("poison", Versioned("v2", 2), Story("b")));

        store.Outbox(1, 10).Select(entry => (entry.Kind, entry.StorySequence)).ShouldBe(
            [(OutboxKind.Updated, store.Find("v2")!.Sequence), (OutboxKind.New, store.Find("b")!.Sequence)]);
    }

    [Fact]
    public void Outbox_AfterAndCount_PagesThroughTheEntriesOldestFirst()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch([.. Enumerable.Range(0, 5).Select(i => Story($"p{i}"))]));

        var first = store.Outbox(0, 2);
        var second = store.Outbox(first[^1].Sequence, 2);
        var third = store.Outbox(second[^1].Sequence, 2);

        first.Concat(second).Concat(third).Select(entry => entry.StorySequence)
            .ShouldBe(Enumerable.Range(0, 5).Select(i => store.Find($"p{i}")!.Sequence));
        third.Count.ShouldBe(1);
        store.Outbox(third[^1].Sequence, 2).ShouldBeEmpty();
        store.OutboxHead().ShouldBe(third[^1].Sequence);
    }

    [Fact]
    public void Outbox_AfterReopen_KeepsItsEntriesAndAppendsAfterThem()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            store.Commit(Batch(Story("a"), Story("b")));
        }

        SqliteConnection.ClearAllPools();
        using var reopened = SqliteStoryStore.Open(StorePath, _time);

        reopened.Commit(Batch(Story("c")));

        reopened.Outbox(0, 10).Select(entry => (entry.Sequence, entry.StorySequence)).ShouldBe(
            [(1, reopened.Find("a")!.Sequence), (2, reopened.Find("b")!.Sequence), (3, reopened.Find("c")!.Sequence)]);
    }

    [Fact]
    public void LanePosition_LaneNeverAdvanced_IsZero()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        store.LanePosition(Lane).ShouldBe(0);
    }

    [Fact]
    public void AdvanceLane_AfterReopen_KeepsThePositionOfEachLane()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            store.Commit(Batch([.. Enumerable.Range(0, 3).Select(i => Story($"s{i}"))]));
            store.AdvanceLane(Lane, 2);
            store.AdvanceLane("partner:meo:kafka", 3);
        }

        SqliteConnection.ClearAllPools();
        using var reopened = SqliteStoryStore.Open(StorePath, _time);

        reopened.LanePosition(Lane).ShouldBe(2);
        reopened.LanePosition("partner:meo:kafka").ShouldBe(3);
        reopened.LanePosition("partner:other:webhook").ShouldBe(0);
    }

    [Fact]
    public void AdvanceLane_ToAnEarlierPosition_NeverMovesBack()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch([.. Enumerable.Range(0, 3).Select(i => Story($"s{i}"))]));
        store.AdvanceLane(Lane, 3);

        store.AdvanceLane(Lane, 1);
        store.AdvanceLane(Lane, 0);

        store.LanePosition(Lane).ShouldBe(3);
    }

    [Fact]
    public void AdvanceLane_PastTheOutboxsEnd_ThrowsAndKeepsThePosition()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch(Story("a")));
        store.AdvanceLane(Lane, 1);

        Should.Throw<ArgumentOutOfRangeException>(() => store.AdvanceLane(Lane, 2));
        Should.Throw<ArgumentOutOfRangeException>(() => store.AdvanceLane("partner:new:webhook", 2));

        store.LanePosition(Lane).ShouldBe(1);
        store.LanePosition("partner:new:webhook").ShouldBe(0);
    }

    [Fact]
    public void Commit_StoriesWithAndWithoutTrace_EachEntryCarriesItsStorysTrace()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        var traced = new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "vendor=opaque");
        var batch = new IngestBatch();
        batch.Add(IngestedStory.Prepare(Story("traced"), new SourcePosition(Topic, 0, 0)) with { Trace = traced }, null);
        batch.Add(IngestedStory.Prepare(Story("untraced"), new SourcePosition(Topic, 0, 1)), null);
        store.Commit(batch);
        store.Commit(Batch(Versioned("v1", 1)));
        var update = new IngestBatch();
        update.Add(IngestedStory.Prepare(Versioned("v2", 2), new SourcePosition(Topic, 1, 0)) with { Trace = new StoryTrace("00-11111111111111111111111111111111-2222222222222222-00") }, null);
        store.Commit(update);
        store.Route(store.Find("traced")!.ItemId, "acme");

        store.Outbox(0, 10).Select(entry => (entry.Kind, entry.Trace)).ShouldBe([
            (OutboxKind.New, traced),
            (OutboxKind.New, null),
            (OutboxKind.New, null),
            (OutboxKind.Updated, new StoryTrace("00-11111111111111111111111111111111-2222222222222222-00")),
            (OutboxKind.Routed, null)]);
    }

    [Fact]
    public void Open_StoreOfSchemaFour_AddsTheTraceColumnsAndKeepsTheOutbox()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            store.Commit(Batch(Story("a")));
        }

        SqliteConnection.ClearAllPools();
        ExecuteOnFile("ALTER TABLE outbox DROP COLUMN trace_parent; ALTER TABLE outbox DROP COLUMN trace_state; PRAGMA user_version=4;");

        using (var migrated = SqliteStoryStore.Open(StorePath, _time))
        {
            migrated.Outbox(0, 10).ShouldHaveSingleItem().Trace.ShouldBeNull();
            var batch = new IngestBatch();
            batch.Add(IngestedStory.Prepare(Story("b"), new SourcePosition(Topic, 0, 1)) with { Trace = new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01") }, null);
            migrated.Commit(batch);
            migrated.Outbox(1, 10).ShouldHaveSingleItem().Trace.ShouldBe(new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        version.ExecuteScalar().ShouldBe(5L);
    }

    [Fact]
    public void Open_StoreOfSchemaOne_StartsWithAnEmptyOutbox()
    {
        Directory.CreateDirectory(_directory);
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
        store.OutboxHead().ShouldBe(0, "what the store held before is not pushed");

        store.Commit(Batch(Story("new")));

        store.Outbox(0, 10).ShouldHaveSingleItem().StorySequence.ShouldBe(store.Find("new")!.Sequence);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private void ExecuteOnFile(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static Story Story(string id) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Credit = "Reuters",
        Paragraphs = [$"Body of {id}.", "Second paragraph."],
        Slug = $"headline-{id}",
        Format = "plain",
    };

    /// <summary>A version of one item (the same source id), numbered <paramref name="version"/>.</summary>
    private static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };

    private static Story Killed(string id, long version) => Versioned(id, version) with { PubStatus = PubStatus.Canceled };

    private static Story Original() => Story("original") with { Paragraphs = s_sharedBody };

    /// <summary>Another desk's item with the original's body: a near duplicate of it, in its own versions.</summary>
    private static Story Copy(long version) => Story($"copy-{version}") with
    {
        Headline = "U.S.-backed rebels capture Manbij",
        Paragraphs = s_sharedBody,
        SourceId = "urn:test:copy",
        Provider = "Other Desk",
        Version = version,
    };

    private static IngestBatch Batch(params Story[] stories) => Batch(Topic, stories);

    private static IngestBatch Batch(string topic, params Story[] stories)
    {
        var batch = new IngestBatch();
        var offset = 0;
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition(topic, 0, offset++), "cluster-1");
        }

        return batch;
    }
}
