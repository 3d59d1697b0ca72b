using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;

namespace Syndication.Storage.Tests.Contract;

/// <summary>What every <see cref="IStoryStore"/> does; run against each store by a subclass.</summary>
public abstract class StoryStoreContract
{
    protected const string Topic = "wire.stories.raw";

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Commit_NewStories_StoresThemWithTheirSourceAndTime()
    {
        using var store = Open();
        var outcome = store.Commit(Batch((Story("a"), 0, 10), (Story("b"), 1, 20)));

        outcome.ShouldBe(new BatchOutcome(2, 0, 0));
        var found = store.Find("a").ShouldNotBeNull();
        StoryJson.Serialize(found.Story).ShouldBe(StoryJson.Serialize(Story("a")));
        found.Source.ShouldBe(new SourcePosition(Topic, 0, 10));
        found.StoredAt.ShouldBe(Time.GetUtcNow());
        found.TimesSeen.ShouldBe(1);
        store.Counts().ShouldBe(new StoreCounts(2, 0, 0));
    }

    [Fact]
    public void Commit_SameStoryAgain_StoresOnceAndCountsTheDuplicate()
    {
        using var store = Open();
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
        using var store = Open();
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
        using (var store = Open())
        {
            store.Commit(Batch((Story("a"), 0, 41), (Story("b"), 0, 40), (Story("c"), 5, 3)));
        }

        using var reopened = Open();
        var offsets = reopened.Offsets(Topic);
        offsets.Count.ShouldBe(2);
        offsets[0].ShouldBe(new ConsumedOffset(Topic, 0, 42, "cluster-1"));
        offsets[5].ShouldBe(new ConsumedOffset(Topic, 5, 4, "cluster-1"));
        reopened.Offsets("another.topic").ShouldBeEmpty();
    }

    [Fact]
    public void Latest_ReturnsNewestFirstUpToTheLimit()
    {
        using var store = Open();
        foreach (var id in new[] { "a", "b", "c" })
        {
            store.Commit(Batch((Story(id), 0, id[0])));
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        store.Latest(2).Select(s => s.Current.Story.Id).ShouldBe(["c", "b"]);
        store.Latest(50).Count.ShouldBe(3);
    }

    [Fact]
    public void Stamp_ChangesWithANewStoryButNotWithADuplicate()
    {
        using var store = Open();
        store.Stamp().ShouldBe(new FeedStamp(0, null, 0));
        store.Commit(Batch((Story("a"), 0, 1)));
        var first = store.Stamp();
        first.LatestStoredAt.ShouldBe(Time.GetUtcNow());

        Time.Advance(TimeSpan.FromSeconds(5));
        store.Commit(Batch((Story("a"), 0, 2)));
        store.Stamp().ShouldBe(first);

        store.Commit(Batch((Story("b"), 0, 3)));
        store.Stamp().LatestSequence.ShouldBeGreaterThan(first.LatestSequence);
    }

    [Fact]
    public void Commit_NewerVersion_ReplacesTheCurrentOneUnderTheSameItem()
    {
        using var store = Open();
        store.Commit(Batch((Versioned("v1", 1), 0, 1)));
        Time.Advance(TimeSpan.FromMinutes(1));
        store.Commit(Batch((Versioned("v2", 2), 0, 2)));

        var item = store.Latest(50).ShouldHaveSingleItem();
        item.Current.Story.Id.ShouldBe("v2");
        item.FirstStoredAt.ShouldBe(Time.GetUtcNow() - TimeSpan.FromMinutes(1));
        item.UpdatedAt.ShouldBe(Time.GetUtcNow());
        store.VersionIds(item.ItemId).ShouldBe(["v1", "v2"]);
        store.Find("v1")!.ItemId.ShouldBe(item.ItemId);
    }

    [Fact]
    public void Commit_OlderVersionArrivingLate_IsRecordedButNeverShown()
    {
        using var store = Open();
        store.Commit(Batch((Versioned("v3", 3), 0, 1)));
        var stamp = store.Stamp();

        var outcome = store.Commit(Batch((Versioned("v2", 2), 0, 2)));

        outcome.ShouldBe(new BatchOutcome(1, 0, 0, 1));
        store.Latest(50).ShouldHaveSingleItem().Current.Story.Id.ShouldBe("v3");
        store.Find("v2").ShouldNotBeNull();
        store.Stamp().ShouldBe(stamp, "a late old version changes no feed");
    }

    [Fact]
    public void Commit_VersionsInAnyOrder_EndInTheSameState()
    {
        var versions = new[] { Versioned("v1", 1), Versioned("v2", 2), Versioned("fix", 2) with { IsCorrection = true }, Versioned("v3", 3) };
        var outcomes = new List<string>();
        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2] })
        {
            using var store = Open(name: $"order{outcomes.Count}");
            foreach (var index in order)
            {
                store.Commit(Batch((versions[index], 0, index)));
            }

            outcomes.Add(store.Latest(50).ShouldHaveSingleItem().Current.Story.Id);
        }

        outcomes.ShouldAllBe(id => id == "v3");
    }

    [Fact]
    public void Commit_OlderOffsetOfTheSameCluster_NeverMovesItBack()
    {
        using var store = Open();
        store.Commit(Batch((Story("a"), 0, 41)));

        // A consumer that lost partition 0 in a rebalance commits its batch after the new owner's.
        store.Commit(Batch((Story("b"), 0, 10)));

        store.Offsets(Topic)[0].NextOffset.ShouldBe(42);
        store.Find("b").ShouldNotBeNull("its stories are stored all the same");
    }

    [Fact]
    public void Commit_OffsetOfANewCluster_StartsThePartitionOver()
    {
        using var store = Open();
        store.Commit(Batch((Story("a"), 0, 41)));
        var batch = new IngestBatch();
        batch.AddStory(Story("b"), new SourcePosition(Topic, 0, 3), "cluster-2");

        store.Commit(batch);

        store.Offsets(Topic)[0].ShouldBe(new ConsumedOffset(Topic, 0, 4, "cluster-2"));
    }

    [Fact]
    public void Commit_Kill_RemovesTheItemFromFeedsForGoodAndLeavesATombstone()
    {
        using var store = Open();
        store.Commit(Batch((Versioned("v1", 1), 0, 1), (Story("other"), 0, 2)));
        var stamp = store.Stamp();
        Time.Advance(TimeSpan.FromMinutes(1));

        store.Commit(Batch((Versioned("kill", 1) with { PubStatus = PubStatus.Canceled }, 0, 3)));
        store.Commit(Batch((Versioned("v9", 9), 0, 4)));

        store.Latest(50).Select(i => i.Current.Story.Id).ShouldBe(["other"]);
        store.Stamp().LatestSequence.ShouldBeGreaterThan(stamp.LatestSequence);
        var itemId = store.Find("v1")!.ItemId;
        store.FindItem(itemId)!.KilledAt.ShouldBe(Time.GetUtcNow());
        store.Tombstones(Time.GetUtcNow() - TimeSpan.FromHours(1), 10).ShouldBe([new FeedTombstone(itemId, Time.GetUtcNow())]);
        store.Tombstones(Time.GetUtcNow() + TimeSpan.FromSeconds(1), 10).ShouldBeEmpty();
    }

    [Fact]
    public void Commit_WithheldVersion_LeavesTheFeeds()
    {
        using var store = Open();
        store.Commit(Batch((Versioned("v1", 1), 0, 1)));
        store.Commit(Batch((Versioned("v2", 2) with { PubStatus = PubStatus.Withheld }, 0, 2)));

        store.Latest(50).ShouldBeEmpty();
        store.FindItem(store.Find("v1")!.ItemId)!.KilledAt.ShouldBeNull();
    }

    [Fact]
    public void Latest_ChangedBefore_PagesThroughTheItemsNewestFirst()
    {
        using var store = Open();
        store.Commit(Batch([.. Enumerable.Range(0, 5).Select(i => (Story($"p{i}"), 0, (long)i))]));

        var first = store.Latest(2);
        var second = store.Latest(2, first[^1].ChangeSequence);
        var third = store.Latest(2, second[^1].ChangeSequence);

        first.Concat(second).Concat(third).Select(item => item.Current.Story.Id).ShouldBe(["p4", "p3", "p2", "p1", "p0"]);
    }

    [Fact]
    public void Route_StoredItem_IsListedAndChangesTheStamp()
    {
        using var store = Open();
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
        using var store = Open();
        store.Commit(Batch(
            (Story("exclusive"), 0, 0),
            (Story("open") with { Rights = StoryRights.None }, 0, 1),
            (Versioned("killed-v1", 1), 0, 2)));
        store.Commit(Batch((Versioned("killed-v2", 2) with { PubStatus = PubStatus.Canceled }, 0, 3)));

        store.Exclusives(10).Select(item => item.Current.Story.Id).ShouldBe(["exclusive"]);
    }

    protected static Story Story(string id) => new()
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
    protected static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };

    protected static IngestBatch Batch(params (Story Story, int Partition, long Offset)[] stories)
    {
        var batch = new IngestBatch();
        foreach (var (story, partition, offset) in stories)
        {
            batch.AddStory(story, new SourcePosition(Topic, partition, offset), "cluster-1");
        }

        return batch;
    }

    /// <summary>Opens (again) the store under test, or another one of its own when <paramref name="name"/> differs.</summary>
    protected abstract IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication");

    /// <summary>Runs a query on the store's database (the tables are named alike in every store) and returns its first value.</summary>
    protected abstract long Scalar(string sql);
}
