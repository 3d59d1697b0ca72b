using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

/// <summary>The minimal outbox the delivery work builds on (the outbox branch replaces it).</summary>
public sealed class SqliteStoryStoreOutboxTests : IDisposable
{
    private const string Topic = "wire.stories.raw";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private string StorePath => Path.Combine(_directory, "syndication.db");

    [Fact]
    public void Commit_NewUpdatedCorrectedKilled_AppendsOneEntryEachInOrder()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Off);
        store.Commit(Batch(Versioned("v1", 1), Story("other")));
        store.Commit(Batch(Versioned("v2", 2)));
        store.Commit(Batch(Versioned("fix", 2) with { IsCorrection = true }));
        store.Commit(Batch(Versioned("kill", 3) with { PubStatus = PubStatus.Canceled }));
        store.Commit(Batch(Versioned("kill-again", 4) with { PubStatus = PubStatus.Canceled }, Versioned("late", 1)));

        var entries = store.Outbox(0, 100);
        entries.Select(entry => entry.Kind).ShouldBe([OutboxKind.New, OutboxKind.New, OutboxKind.Updated, OutboxKind.Corrected, OutboxKind.Killed]);
        entries.Select(entry => entry.StorySequence).ShouldBe([1, 2, 3, 4, 5]);
        entries.Select(entry => entry.Sequence).ShouldBeInOrder();
        store.OutboxHead().ShouldBe(entries[^1].Sequence);
        store.Outbox(entries[2].Sequence, 1).ShouldHaveSingleItem().ShouldBe(entries[3]);
    }

    [Fact]
    public void AdvanceLane_NeverMovesBack()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time, NearDuplicateSettings.Off);
        store.LanePosition("partner:meo:webhook").ShouldBe(0);

        store.AdvanceLane("partner:meo:webhook", 5);
        store.AdvanceLane("partner:meo:webhook", 3);

        store.LanePosition("partner:meo:webhook").ShouldBe(5);
        store.LanePosition("partner:meo:kafka").ShouldBe(0);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Story Story(string id) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Paragraphs = [$"Body of {id}."],
        WordCount = 3,
        Slug = $"headline-{id}",
        Format = "plain",
    };

    private static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };

    private static IngestBatch Batch(params Story[] stories)
    {
        var batch = new IngestBatch();
        var offset = 0;
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition(Topic, 0, offset++), "cluster-1");
        }

        return batch;
    }
}
