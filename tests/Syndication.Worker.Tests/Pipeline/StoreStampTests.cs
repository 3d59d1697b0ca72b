using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Pipeline;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class StoreStampTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    private string StorePath => _directory.File("syndication.db");

    [Fact]
    public void Current_RouteWrittenByAnotherProcess_ShowsOnceMaxAgeHasPassed()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch("a", 0));
        var stamp = new StoreStamp(store, _time);
        stamp.Current().Routes.ShouldBe(0);

        // What `syndication route` does: its own store on the same file.
        using (var operatorStore = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Off))
        {
            operatorStore.Route(operatorStore.Find("a")!.ItemId, "acme").ShouldBeTrue();
        }

        _time.Advance(StoreStamp.MaxAge - TimeSpan.FromMilliseconds(1));
        stamp.Current().Routes.ShouldBe(0, "the stamp read is kept for MaxAge");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        stamp.Current().Routes.ShouldBe(1);
    }

    [Fact]
    public void Current_AfterACommitAndInvalidate_ReadsTheStoreAtOnce()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        store.Commit(Batch("a", 0));
        var stamp = new StoreStamp(store, _time);
        var before = stamp.Current();

        store.Commit(Batch("b", 1));
        stamp.Current().ShouldBe(before, "nothing said the store changed");
        stamp.Invalidate();

        var after = stamp.Current();
        after.LatestSequence.ShouldBeGreaterThan(before.LatestSequence);
        after.ShouldBe(store.Stamp());
    }

    public void Dispose() => _directory.Dispose();

    private static IngestBatch Batch(string id, long offset)
    {
        var batch = new IngestBatch();
        batch.AddStory(
            new Story { Id = id, Headline = $"Headline {id}", Paragraphs = [$"Body of {id}."], Slug = $"headline-{id}", Format = "plain" },
            new SourcePosition("wire.stories.raw", 0, offset),
            "cluster-1");
        return batch;
    }
}
