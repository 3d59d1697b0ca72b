using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;

namespace Syndication.Storage.Tests.Contract;

/// <summary>What every <see cref="IStoryStore"/> does; run against each store by a subclass.</summary>
public abstract class OutboxContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected const string Topic = "wire.stories.raw";
    protected const string Lane = "partner:meo:webhook";

    protected static readonly string[] s_sharedBody =
    [
        "Rebel fighters backed by the United States took control of the northern town of Manbij on Monday after a siege that lasted more than two months, a monitoring group and officials said.",
        "The fighters, most of them Kurds with Arab allies, entered the old market and raised their flag over the main square while civilians who had fled the fighting began to return to their homes.",
    ];

    [Fact]
    public void Outbox_NewStore_IsEmpty()
    {
        using var store = Open();

        store.Outbox(0, 10).ShouldBeEmpty();
        store.OutboxHead().ShouldBe(0);
    }

    [Fact]
    public void Route_NewRoute_AppendsRoutedForTheCurrentVersionOnce()
    {
        using var store = Open();
        store.Commit(Batch(Story("held")));
        var stored = store.Find("held")!;
        Time.Advance(TimeSpan.FromMinutes(1));

        store.Route(stored.ItemId, "acme").ShouldBeTrue();
        store.Route(stored.ItemId, "acme").ShouldBeTrue();
        store.Route(stored.ItemId, "meo").ShouldBeTrue();

        store.Outbox(1, 10).ShouldBe([
            new OutboxEntry(2, stored.ItemId, stored.Sequence, OutboxKind.Routed, Time.GetUtcNow()),
            new OutboxEntry(3, stored.ItemId, stored.Sequence, OutboxKind.Routed, Time.GetUtcNow())]);
    }

    [Fact]
    public void Replay_StaleVersionDeadLettered_AppendsReplayedForTheCurrentVersionAndOnePartner()
    {
        using var store = Open();
        store.Commit(Batch(Versioned("v1", 1)));
        store.Commit(Batch(Versioned("v2", 2)));
        var current = store.Find("v2")!;
        Time.Advance(TimeSpan.FromMinutes(1));

        store.Replay(current.ItemId, "acme").ShouldBeTrue();
        store.Replay("no-such-item", "acme").ShouldBeFalse();

        store.Outbox(2, 10).ShouldBe([new OutboxEntry(3, current.ItemId, current.Sequence, OutboxKind.Replayed, Time.GetUtcNow(), "acme")]);
        store.Outbox(0, 1).ShouldHaveSingleItem().PartnerId.ShouldBeNull("entries the pipeline appends are for every partner");
    }

    [Fact]
    public void Replay_ForOneTransport_TheEntryNamesIt()
    {
        using var store = Open();
        store.Commit(Batch(Versioned("v1", 1)));
        var current = store.Find("v1")!;

        store.Replay(current.ItemId, "acme", "kafka").ShouldBeTrue();
        store.Replay(current.ItemId, "acme").ShouldBeTrue();

        store.Outbox(1, 10).Select(entry => (entry.PartnerId, entry.Transport)).ShouldBe([("acme", "kafka"), ("acme", (string?)null)]);
    }

    [Fact]
    public void Commit_NewItem_AppendsNewForItsStoryAtTheCommitTime()
    {
        using var store = Open();

        store.Commit(Batch(Story("a")));

        var stored = store.Find("a")!;
        store.Outbox(0, 10).ShouldBe([new OutboxEntry(1, stored.ItemId, stored.Sequence, OutboxKind.New, Time.GetUtcNow())]);
        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_VersionsCorrectionAndKill_AppendsEachKindOnceInOrder()
    {
        using var store = Open();
        var versions = new[] { Versioned("v1", 1), Versioned("v2", 2), Versioned("fix", 3) with { IsCorrection = true }, Killed("kill", 4) };
        var times = new List<DateTimeOffset>();
        foreach (var version in versions)
        {
            store.Commit(Batch(version));
            times.Add(Time.GetUtcNow());
            Time.Advance(TimeSpan.FromMinutes(1));
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
        using var store = Open();

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
        using var store = Open();
        store.Commit(Batch(Versioned("v3", 3)));

        store.Commit(Batch(Versioned("v2", 2), Versioned("fix", 1) with { IsCorrection = true })).Superseded.ShouldBe(2);

        store.Outbox(0, 10).ShouldHaveSingleItem().StorySequence.ShouldBe(store.Find("v3")!.Sequence);
    }

    [Fact]
    public void Commit_ExactDuplicate_AppendsNothing()
    {
        using var store = Open();
        store.Commit(Batch(Versioned("v1", 1)));

        store.Commit(Batch(Versioned("v1", 1), Versioned("v1", 1))).Duplicates.ShouldBe(2);

        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_SecondKill_AppendsNothing()
    {
        using var store = Open();
        store.Commit(Batch(Versioned("v1", 1)));
        store.Commit(Batch(Killed("kill", 2)));

        store.Commit(Batch(Killed("kill-again", 3))).Stored.ShouldBe(1);
        store.Commit(Batch(Versioned("v9", 9))).Superseded.ShouldBe(1);

        store.Outbox(0, 10).Select(entry => entry.Kind).ShouldBe([OutboxKind.New, OutboxKind.Killed]);
    }

    [Fact]
    public void Commit_KillOfAnItemNeverSeen_AppendsKilled()
    {
        using var store = Open();

        store.Commit(Batch(Killed("kill", 2)));

        store.Outbox(0, 10).ShouldHaveSingleItem().Kind.ShouldBe(OutboxKind.Killed);
    }

    [Fact]
    public void Commit_LinkedNearDuplicateAndItsVersions_AppendNothing()
    {
        using var store = Open();
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);
        store.Commit(Batch(Copy(2), Copy(3) with { PubStatus = PubStatus.Canceled })).Stored.ShouldBe(2);

        store.Outbox(0, 10).ShouldHaveSingleItem().ItemId.ShouldBe(store.Find("original")!.ItemId);
    }

    [Fact]
    public void Commit_DroppedNearDuplicate_AppendsNothing()
    {
        using var store = Open(NearDuplicateSettings.Default with { Action = NearDuplicateAction.Drop });
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);

        store.OutboxHead().ShouldBe(1);
    }

    [Fact]
    public void Commit_PublishedNearDuplicate_AppendsNew()
    {
        using var store = Open(NearDuplicateSettings.Default with { Action = NearDuplicateAction.Publish });
        store.Commit(Batch(Original()));

        store.Commit(Batch(Copy(1))).NearDuplicates.ShouldBe(1);

        store.Outbox(1, 10).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            entry => entry.Kind.ShouldBe(OutboxKind.New),
            entry => entry.ItemId.ShouldBe(store.Find("copy-1")!.ItemId));
    }

    [Fact]
    public void Outbox_AfterAndCount_PagesThroughTheEntriesOldestFirst()
    {
        using var store = Open();
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
        using (var store = Open())
        {
            store.Commit(Batch(Story("a"), Story("b")));
        }

        using var reopened = Open();

        reopened.Commit(Batch(Story("c")));

        reopened.Outbox(0, 10).Select(entry => (entry.Sequence, entry.StorySequence)).ShouldBe(
            [(1, reopened.Find("a")!.Sequence), (2, reopened.Find("b")!.Sequence), (3, reopened.Find("c")!.Sequence)]);
    }

    [Fact]
    public void TryLeaseLane_OneWorker_HoldsTheLaneAndTakesItAgainAfterGivingItUp()
    {
        using var store = Open();

        using (var lease = store.TryLeaseLane(Lane).ShouldNotBeNull())
        {
            lease.IsHeld.ShouldBeTrue();
        }

        using var again = store.TryLeaseLane(Lane).ShouldNotBeNull();
        again.IsHeld.ShouldBeTrue();
    }

    [Fact]
    public void LanePosition_LaneNeverAdvanced_IsZero()
    {
        using var store = Open();

        store.LanePosition(Lane).ShouldBe(0);
    }

    [Fact]
    public void AdvanceLane_AfterReopen_KeepsThePositionOfEachLane()
    {
        using (var store = Open())
        {
            store.Commit(Batch([.. Enumerable.Range(0, 3).Select(i => Story($"s{i}"))]));
            store.AdvanceLane(Lane, 2);
            store.AdvanceLane("partner:meo:kafka", 3);
        }

        using var reopened = Open();

        reopened.LanePosition(Lane).ShouldBe(2);
        reopened.LanePosition("partner:meo:kafka").ShouldBe(3);
        reopened.LanePosition("partner:other:webhook").ShouldBe(0);
    }

    [Fact]
    public void AdvanceLane_ToAnEarlierPosition_NeverMovesBack()
    {
        using var store = Open();
        store.Commit(Batch([.. Enumerable.Range(0, 3).Select(i => Story($"s{i}"))]));
        store.AdvanceLane(Lane, 3);

        store.AdvanceLane(Lane, 1);
        store.AdvanceLane(Lane, 0);

        store.LanePosition(Lane).ShouldBe(3);
    }

    [Fact]
    public void AdvanceLane_PastTheOutboxsEnd_ThrowsAndKeepsThePosition()
    {
        using var store = Open();
        store.Commit(Batch(Story("a")));
        store.AdvanceLane(Lane, 1);

        Should.Throw<ArgumentOutOfRangeException>(() => store.AdvanceLane(Lane, 2));
        Should.Throw<ArgumentOutOfRangeException>(() => store.AdvanceLane("partner:new:webhook", 2));

        store.LanePosition(Lane).ShouldBe(1);
        store.LanePosition("partner:new:webhook").ShouldBe(0);
    }

    [Fact]
    public void PruneOutbox_EntriesReadAndOldEnough_DeletesOnlyThose()
    {
        using var store = Open();
        store.Commit(Batch(Story("a"), Story("b")));
        Time.Advance(TimeSpan.FromDays(2));
        store.Commit(Batch(Story("c"), Story("d")));
        Time.Advance(TimeSpan.FromHours(1));

        // Entries 1-2 are two days old, 3-4 an hour; every lane has read through 3.
        store.PruneOutbox(through: 3, before: Time.GetUtcNow() - TimeSpan.FromDays(1)).ShouldBe(2);

        store.Outbox(0, 10).Select(entry => entry.Sequence).ShouldBe([3L, 4L]);
        store.PruneOutbox(through: 3, before: Time.GetUtcNow() - TimeSpan.FromDays(1)).ShouldBe(0, "what is left is not old enough");
        store.PruneOutbox(through: 2, before: Time.GetUtcNow()).ShouldBe(0, "a lane has not read past 2");
    }

    [Fact]
    public void PruneOutbox_EverythingReadAndOld_KeepsTheNewestSoSequencesGoOnAfterIt()
    {
        using var store = Open();
        store.Commit(Batch(Story("a"), Story("b"), Story("c")));
        store.AdvanceLane(Lane, 3);
        Time.Advance(TimeSpan.FromDays(8));

        store.PruneOutbox(through: 3, before: Time.GetUtcNow()).ShouldBe(2);
        store.Commit(Batch(Story("d")));

        store.Outbox(0, 10).Select(entry => entry.Sequence).ShouldBe([3L, 4L]);
        store.OutboxHead().ShouldBe(4);
        store.Outbox(store.LanePosition(Lane), 10).ShouldHaveSingleItem().Sequence.ShouldBe(4, "the lane reads on from where it was");
    }

    [Fact]
    public void Commit_StoriesWithAndWithoutTrace_EachEntryCarriesItsStorysTrace()
    {
        using var store = Open();
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

    protected static Story Story(string id) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Credit = "Reuters",
        Paragraphs = [$"Body of {id}.", "Second paragraph."],
        Slug = $"headline-{id}",
        Format = "plain",
    };

    /// <summary>A version of one item (the same source id), numbered <paramref name="version"/>.</summary>
    protected static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };

    protected static Story Killed(string id, long version) => Versioned(id, version) with { PubStatus = PubStatus.Canceled };

    protected static Story Original() => Story("original") with { Paragraphs = s_sharedBody };

    /// <summary>Another desk's item with the original's body: a near duplicate of it, in its own versions.</summary>
    protected static Story Copy(long version) => Story($"copy-{version}") with
    {
        Headline = "U.S.-backed rebels capture Manbij",
        Paragraphs = s_sharedBody,
        SourceId = "urn:test:copy",
        Provider = "Other Desk",
        Version = version,
    };

    protected static IngestBatch Batch(params Story[] stories) => Batch(Topic, stories);

    protected static IngestBatch Batch(string topic, params Story[] stories)
    {
        var batch = new IngestBatch();
        var offset = 0;
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition(topic, 0, offset++), "cluster-1");
        }

        return batch;
    }

    /// <summary>Opens (again) the store under test, or another one of its own when <paramref name="name"/> differs.</summary>
    protected abstract IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication");

    /// <summary>Runs a query on the store's database (the tables are named alike in every store) and returns its first value.</summary>
    protected abstract long Scalar(string sql);
}
