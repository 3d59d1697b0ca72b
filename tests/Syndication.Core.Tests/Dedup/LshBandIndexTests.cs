using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class LshBandIndexTests
{
    [Fact]
    public void FindBest_ReKeyedCopyAmongOtherStories_FindsTheOriginal()
    {
        var index = IndexOfRandomStories(500, new Random(2));
        index.Add(7_000, MinHashSignature.Of(DedupStories.Seed()));

        var found = index.FindBest(MinHashSignature.Of(DedupStories.ReKeyedSeed()));

        found.ShouldNotBeNull().StoryKey.ShouldBe(7_000);
        found.Value.EstimatedJaccard.ShouldBeGreaterThanOrEqualTo(index.Threshold);
    }

    [Fact]
    public void FindBest_DifferentStory_FindsNothing()
    {
        var index = IndexOfRandomStories(500, new Random(3));
        index.Add(7_000, MinHashSignature.Of(DedupStories.Seed()));

        index.FindBest(MinHashSignature.Of(DedupStories.RandomBody(new Random(4)))).ShouldBeNull();
    }

    [Fact]
    public void FindBest_CopyBelowTheThreshold_FindsNothing()
    {
        var index = new LshBandIndex(threshold: 0.95);
        index.Add(1, MinHashSignature.Of(DedupStories.Seed()));

        index.FindBest(MinHashSignature.Of(DedupStories.ReKeyedSeed())).ShouldBeNull();
    }

    [Fact]
    public void FindBest_TwoEqualOriginals_FindsTheSmallerKey()
    {
        var index = new LshBandIndex();
        index.Add(9, MinHashSignature.Of(DedupStories.Seed()));
        index.Add(8, MinHashSignature.Of(DedupStories.Seed()));

        index.FindBest(MinHashSignature.Of(DedupStories.ReKeyedSeed())).ShouldNotBeNull().StoryKey.ShouldBe(8);
    }

    [Fact]
    public void Remove_AddedStory_IsNoLongerFound()
    {
        var index = IndexOfRandomStories(100, new Random(5));
        index.Add(7_000, MinHashSignature.Of(DedupStories.Seed()));

        index.Remove(7_000).ShouldBeTrue();

        index.FindBest(MinHashSignature.Of(DedupStories.ReKeyedSeed())).ShouldBeNull();
        index.Contains(7_000).ShouldBeFalse();
        index.Count.ShouldBe(100);
        index.Remove(7_000).ShouldBeFalse();
    }

    [Fact]
    public void Add_KeyAlreadyIndexed_ReplacesItsSignature()
    {
        var index = new LshBandIndex();
        index.Add(1, MinHashSignature.Of(DedupStories.Seed()));

        index.Add(1, MinHashSignature.Of(DedupStories.RandomBody(new Random(6))));

        index.Count.ShouldBe(1);
        index.FindBest(MinHashSignature.Of(DedupStories.ReKeyedSeed())).ShouldBeNull();
    }

    [Fact]
    public void Add_EmptySignature_IsNotIndexed()
    {
        var index = new LshBandIndex();

        index.Add(1, MinHashSignature.Of([""]));

        index.Count.ShouldBe(0);
        index.FindBest(MinHashSignature.Of([""])).ShouldBeNull();
    }

    [Fact]
    public void AddAndRemove_ManyStoriesThroughGrowthAndEviction_FindsExactlyTheStoriesStillIndexed()
    {
        // Past two growths of the tables and the slots, with evictions that reuse slots and shift entries back.
        var random = new Random(7);
        var index = new LshBandIndex();
        var signatures = new Dictionary<long, MinHashSignature>();
        for (long key = 0; key < 6_000; key++)
        {
            signatures[key] = MinHashSignature.Of(DedupStories.RandomBody(random, words: 30));
            index.Add(key, signatures[key]);
            if (key % 3 == 0)
            {
                var evicted = key / 2;
                index.Remove(evicted).ShouldBe(signatures.Remove(evicted));
            }
        }

        index.Count.ShouldBe(signatures.Count);
        foreach (var key in Enumerable.Range(0, 6_000))
        {
            var found = index.FindBest(MinHashSignature.Of(DedupStories.RandomBody(new Random(key + 100), words: 30)));
            found.ShouldBeNull();
        }

        foreach (var (key, signature) in signatures)
        {
            index.FindBest(signature).ShouldNotBeNull().ShouldBe(new NearDuplicate(key, 1.0));
        }
    }

    [Fact]
    public void Constructor_Capacity_IndexesAsManyWithoutGrowingWrongly()
    {
        var index = new LshBandIndex(capacity: 5_000);
        var random = new Random(8);
        var signatures = Enumerable.Range(0, 5_000).Select(_ => MinHashSignature.Of(DedupStories.RandomBody(random, words: 30))).ToList();
        for (var key = 0; key < signatures.Count; key++)
        {
            index.Add(key, signatures[key]);
        }

        index.FindBest(signatures[4_321]).ShouldNotBeNull().StoryKey.ShouldBe(4_321);
    }

    private static LshBandIndex IndexOfRandomStories(int count, Random random)
    {
        var index = new LshBandIndex();
        for (var key = 0; key < count; key++)
        {
            index.Add(key, MinHashSignature.Of(DedupStories.RandomBody(random)));
        }

        return index;
    }
}
