using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SubscriptionsTests : IDisposable
{
    private static readonly Uri s_topic = new("http://127.0.0.1:8080/partners/meo/feeds/all");
    private static readonly Uri s_callback = new("http://127.0.0.1:9000/hub/callback?token=abc");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private string StorePath => Path.Combine(_directory, "syndication.db");

    [Fact]
    public void Subscribe_NewCallback_StoresItAndStartsItsLaneAtTheOutboxHead()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        Commit(store, "a", "b");
        var expires = _time.GetUtcNow().AddDays(10);

        var subscription = store.Subscribe("meo", "all", s_topic, s_callback, "s3cret", 864_000, expires);

        subscription.ShouldBe(new WebSubSubscription(subscription.Id, "meo", "all", s_topic, s_callback, "s3cret", 864_000, expires));
        store.Subscriptions().ShouldBe([subscription]);
        subscription.LaneId.ShouldBe($"websub:{subscription.Id}");
        store.LanePosition(subscription.LaneId).ShouldBe(2, "what was stored before is not sent");
    }

    [Fact]
    public void Subscribe_SameCallbackAndTopicAgain_RenewsLeaseAndSecretAndKeepsIdAndLanePosition()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        Commit(store, "a");
        var first = store.Subscribe("meo", "all", s_topic, s_callback, "first-secret", 300, _time.GetUtcNow().AddMinutes(5));
        Commit(store, "b", "c");
        store.AdvanceLane(first.LaneId, 2);

        var renewed = store.Subscribe("meo", "all", s_topic, s_callback, null, 600, _time.GetUtcNow().AddMinutes(10));

        renewed.Id.ShouldBe(first.Id);
        (renewed.Secret, renewed.LeaseSeconds, renewed.ExpiresAt).ShouldBe((null, 600, _time.GetUtcNow().AddMinutes(10)));
        store.Subscriptions().ShouldBe([renewed]);
        store.LanePosition(renewed.LaneId).ShouldBe(2, "a renewal neither skips nor repeats");
    }

    [Fact]
    public void Subscribe_AnotherTopicOrCallback_IsASubscriptionOfItsOwn()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);

        var one = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));
        var two = store.Subscribe("meo", "world", new Uri("http://127.0.0.1:8080/partners/meo/feeds/world"), s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));
        var three = store.Subscribe("meo", "all", s_topic, new Uri("http://127.0.0.1:9000/other"), null, 300, _time.GetUtcNow().AddMinutes(5));

        store.Subscriptions().Select(subscription => subscription.Id).ShouldBe([one.Id, two.Id, three.Id]);
        new[] { one.Id, two.Id, three.Id }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Unsubscribe_ExistingSubscription_RemovesItAndItsLane()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        Commit(store, "a");
        var subscription = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));
        var before = store.SubscriptionChanges;

        store.Unsubscribe(s_callback, s_topic).ShouldBeTrue();

        store.Subscriptions().ShouldBeEmpty();
        store.LanePosition(subscription.LaneId).ShouldBe(0);
        store.SubscriptionChanges.ShouldBeGreaterThan(before);
        store.Unsubscribe(s_callback, s_topic).ShouldBeFalse("there is nothing left to remove");
        store.RemoveSubscription(subscription.Id).ShouldBeFalse();
    }

    [Fact]
    public void RemoveSubscription_ThenSubscribeAgain_NeverReusesTheId()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        Commit(store, "a");
        var first = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));
        store.AdvanceLane(first.LaneId, 1);

        store.RemoveSubscription(first.Id).ShouldBeTrue();
        Commit(store, "b");
        var again = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));

        again.Id.ShouldBeGreaterThan(first.Id, "a lane named by a removed id must not come back to life");
        store.LanePosition(again.LaneId).ShouldBe(2);
    }

    [Fact]
    public void RemoveExpiredSubscriptions_RemovesOnlyThoseWhoseLeaseHasEnded()
    {
        using var store = SqliteStoryStore.Open(StorePath, _time);
        var ending = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5));
        var lasting = store.Subscribe("meo", "all", s_topic, new Uri("http://127.0.0.1:9000/other"), null, 600, _time.GetUtcNow().AddMinutes(10));
        var changes = store.SubscriptionChanges;

        store.RemoveExpiredSubscriptions(_time.GetUtcNow().AddMinutes(4)).ShouldBe(0);
        store.SubscriptionChanges.ShouldBe(changes, "nothing removed, nothing changed");
        ending.HasExpired(_time.GetUtcNow().AddMinutes(5)).ShouldBeTrue();

        store.RemoveExpiredSubscriptions(_time.GetUtcNow().AddMinutes(5)).ShouldBe(1);

        store.Subscriptions().ShouldBe([lasting]);
        store.SubscriptionChanges.ShouldBeGreaterThan(changes);
    }

    [Fact]
    public void Subscriptions_AfterReopen_AreKept()
    {
        WebSubSubscription subscription;
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            subscription = store.Subscribe("meo", "all", s_topic, s_callback, "s3cret", 300, _time.GetUtcNow().AddMinutes(5));
        }

        SqliteConnection.ClearAllPools();
        using var reopened = SqliteStoryStore.Open(StorePath, _time);

        reopened.Subscriptions().ShouldBe([subscription]);
    }

    [Fact]
    public void Open_StoreOfSchemaThree_MigratesToFiveWithTheSubscriptionsTableTheReplayTransportAndKeepsTheOutbox()
    {
        using (var store = SqliteStoryStore.Open(StorePath, _time))
        {
            Commit(store, "a");
            store.AdvanceLane("partner:meo:webhook", 1);
        }

        SqliteConnection.ClearAllPools();
        ExecuteOnFile("DROP TABLE websub_subscriptions; ALTER TABLE outbox DROP COLUMN transport; ALTER TABLE outbox DROP COLUMN trace_parent; ALTER TABLE outbox DROP COLUMN trace_state; PRAGMA user_version=3;");
        ScalarOnFile("SELECT COUNT(*) FROM sqlite_master WHERE name = 'websub_subscriptions'").ShouldBe(0);

        using (var migrated = SqliteStoryStore.Open(StorePath, _time))
        {
            migrated.Subscriptions().ShouldBeEmpty();
            migrated.Subscribe("meo", "all", s_topic, s_callback, null, 300, _time.GetUtcNow().AddMinutes(5)).Id.ShouldBe(1);
            migrated.OutboxHead().ShouldBe(1);
            migrated.LanePosition("partner:meo:webhook").ShouldBe(1);
            migrated.Replay(migrated.Outbox(0, 1)[0].ItemId, "meo", "webhook").ShouldBeTrue();
            migrated.Outbox(1, 1).ShouldHaveSingleItem().Transport.ShouldBe("webhook");
        }

        SqliteConnection.ClearAllPools();
        ScalarOnFile("PRAGMA user_version").ShouldBe(5);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void Commit(SqliteStoryStore store, params string[] ids)
    {
        var batch = new IngestBatch();
        foreach (var id in ids)
        {
            var story = new Story { Id = id, Headline = $"Headline {id}", Paragraphs = [$"Body of {id}."], Slug = $"headline-{id}", Format = "plain" };
            batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, store.OutboxHead() + batch.Stories.Count), "cluster-1");
        }

        store.Commit(batch);
    }

    private void ExecuteOnFile(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long ScalarOnFile(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
