using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Delivery;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

public sealed class OutboxWatchTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteStoryStore _store;

    public OutboxWatchTests()
    {
        _store = SqliteStoryStore.Open(_directory.File("s.db"), _time, NearDuplicateSettings.Off);
    }

    [Fact]
    public async Task WaitBeyondAsync_StoryStored_WakesAtTheNextPollNotAtTheTimeout()
    {
        using var watch = new OutboxWatch(_store, _time);
        var waiting = watch.WaitBeyondAsync(0, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        waiting.IsCompleted.ShouldBeFalse();

        Store("a");
        _time.Advance(OutboxWatch.PollInterval);

        await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        watch.Head.ShouldBe(1);
    }

    [Fact]
    public async Task WaitBeyondAsync_NothingStored_ReturnsAfterItsTime()
    {
        using var watch = new OutboxWatch(_store, _time);
        var waiting = watch.WaitBeyondAsync(0, TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromSeconds(3));

        await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        watch.Head.ShouldBe(0);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    private void Store(string id)
    {
        var batch = new IngestBatch();
        batch.AddStory(
            new Story { Id = id, Headline = $"Headline {id}", Paragraphs = ["Body."], WordCount = 1, Slug = $"headline-{id}", Format = "plain" },
            new SourcePosition("wire.stories.raw", 0, 0),
            "cluster");
        _store.Commit(batch);
    }
}
