using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

public sealed class OutboxPruningTests : IDisposable
{
    private const string Fast = "partner:meo:webhook";
    private const string Slow = "partner:acme:kafka";

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly SqliteStoryStore _store;
    private IEnumerable<string> _lanes = [Fast, Slow];

    public OutboxPruningTests()
    {
        _store = SqliteStoryStore.Open(_directory.File("syndication.db"), _time, NearDuplicateSettings.Off);
    }

    [Fact]
    public void PruneOnce_LanesAtDifferentPositions_DeletesOnlyWhatTheSlowestHasReadAndIsOld()
    {
        Commit("a", "b", "c", "d");
        _store.AdvanceLane(Fast, 4);
        _store.AdvanceLane(Slow, 2);
        _time.Advance(TimeSpan.FromDays(8));

        Pruning().PruneOnce().ShouldBe(2);

        _store.Outbox(0, 10).Select(entry => entry.Sequence).ShouldBe([3L, 4L], "acme's lane has not read 3 and 4");
    }

    [Fact]
    public void PruneOnce_EntriesYoungerThanTheRetention_KeepsThemThoughEveryLaneReadThem()
    {
        Commit("a", "b", "c");
        _store.AdvanceLane(Fast, 3);
        _store.AdvanceLane(Slow, 3);
        _time.Advance(TimeSpan.FromDays(6));

        Pruning().PruneOnce().ShouldBe(0);

        _store.Outbox(0, 10).Count.ShouldBe(3);
    }

    [Fact]
    public void PruneOnce_ALaneThatNeverRead_HoldsBackEverything()
    {
        Commit("a", "b", "c");
        _store.AdvanceLane(Fast, 3);
        _time.Advance(TimeSpan.FromDays(30));

        Pruning().PruneOnce().ShouldBe(0);
    }

    [Fact]
    public void PruneOnce_NoLaneReadsTheOutbox_DeletesEverythingOldButTheNewest()
    {
        _lanes = [];
        Commit("a", "b", "c");
        _time.Advance(TimeSpan.FromDays(8));

        Pruning().PruneOnce().ShouldBe(2);

        _store.OutboxHead().ShouldBe(3);
    }

    [Fact]
    public async Task ExecuteAsync_AnIntervalPasses_Prunes()
    {
        _lanes = [];
        Commit("a", "b", "c");
        _time.Advance(TimeSpan.FromDays(8));
        using var pruning = Pruning();
        await pruning.StartAsync(TestContext.Current.CancellationToken);

        // The service waits on the fake clock; advance it until that wait has begun and ended.
        for (var waited = 0; _store.Outbox(0, 10).Count == 3 && waited < 500; waited++)
        {
            _time.Advance(OutboxPruning.Interval);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        _store.Outbox(0, 10).ShouldHaveSingleItem().Sequence.ShouldBe(3);
        await pruning.StopAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    private OutboxPruning Pruning() =>
        new(() => _lanes, _store, Options.Create(new DeliveryOptions { OutboxRetention = TimeSpan.FromDays(7) }), _time, NullLogger<OutboxPruning>.Instance);

    private void Commit(params string[] ids)
    {
        var batch = new IngestBatch();
        var offset = 0;
        foreach (var id in ids)
        {
            var story = new Story
            {
                Id = id,
                Headline = $"Headline {id}",
                Paragraphs = [$"Body of {id}, which is its own story."],
                WordCount = 6,
                Slug = $"headline-{id}",
                Format = "plain",
            };
            batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, offset++), "cluster-1");
        }

        _store.Commit(batch);
    }
}
