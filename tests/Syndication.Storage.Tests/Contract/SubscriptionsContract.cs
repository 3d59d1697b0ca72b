using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;

namespace Syndication.Storage.Tests.Contract;

/// <summary>What every <see cref="IStoryStore"/> does; run against each store by a subclass.</summary>
public abstract class SubscriptionsContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected static readonly Uri s_topic = new("http://127.0.0.1:8080/partners/meo/feeds/all");
    protected static readonly Uri s_callback = new("http://127.0.0.1:9000/hub/callback?token=abc");

    [Fact]
    public void Subscribe_NewCallback_StoresItAndStartsItsLaneAtTheOutboxHead()
    {
        using var store = Open();
        Commit(store, "a", "b");
        var expires = Time.GetUtcNow().AddDays(10);

        var subscription = store.Subscribe("meo", "all", s_topic, s_callback, "s3cret", 864_000, expires);

        subscription.ShouldBe(new WebSubSubscription(subscription.Id, "meo", "all", s_topic, s_callback, "s3cret", 864_000, expires));
        store.Subscriptions().ShouldBe([subscription]);
        subscription.LaneId.ShouldBe($"websub:{subscription.Id}");
        store.LanePosition(subscription.LaneId).ShouldBe(2, "what was stored before is not sent");
    }

    [Fact]
    public void Subscribe_SameCallbackAndTopicAgain_RenewsLeaseAndSecretAndKeepsIdAndLanePosition()
    {
        using var store = Open();
        Commit(store, "a");
        var first = store.Subscribe("meo", "all", s_topic, s_callback, "first-secret", 300, Time.GetUtcNow().AddMinutes(5));
        Commit(store, "b", "c");
        store.AdvanceLane(first.LaneId, 2);

        var renewed = store.Subscribe("meo", "all", s_topic, s_callback, null, 600, Time.GetUtcNow().AddMinutes(10));

        renewed.Id.ShouldBe(first.Id);
        (renewed.Secret, renewed.LeaseSeconds, renewed.ExpiresAt).ShouldBe((null, 600, Time.GetUtcNow().AddMinutes(10)));
        store.Subscriptions().ShouldBe([renewed]);
        store.LanePosition(renewed.LaneId).ShouldBe(2, "a renewal neither skips nor repeats");
    }

    [Fact]
    public void Subscribe_AnotherTopicOrCallback_IsASubscriptionOfItsOwn()
    {
        using var store = Open();

        var one = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));
        var two = store.Subscribe("meo", "world", new Uri("http://127.0.0.1:8080/partners/meo/feeds/world"), s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));
        var three = store.Subscribe("meo", "all", s_topic, new Uri("http://127.0.0.1:9000/other"), null, 300, Time.GetUtcNow().AddMinutes(5));

        store.Subscriptions().Select(subscription => subscription.Id).ShouldBe([one.Id, two.Id, three.Id]);
        new[] { one.Id, two.Id, three.Id }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Unsubscribe_ExistingSubscription_RemovesItAndItsLane()
    {
        using var store = Open();
        Commit(store, "a");
        var subscription = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));
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
        using var store = Open();
        Commit(store, "a");
        var first = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));
        store.AdvanceLane(first.LaneId, 1);

        store.RemoveSubscription(first.Id).ShouldBeTrue();
        Commit(store, "b");
        var again = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));

        again.Id.ShouldBeGreaterThan(first.Id, "a lane named by a removed id must not come back to life");
        store.LanePosition(again.LaneId).ShouldBe(2);
    }

    [Fact]
    public void RemoveExpiredSubscriptions_RemovesOnlyThoseWhoseLeaseHasEnded()
    {
        using var store = Open();
        Commit(store, "a");
        var ending = store.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5));
        var lasting = store.Subscribe("meo", "all", s_topic, new Uri("http://127.0.0.1:9000/other"), null, 600, Time.GetUtcNow().AddMinutes(10));
        var changes = store.SubscriptionChanges;

        store.RemoveExpiredSubscriptions(Time.GetUtcNow().AddMinutes(4)).ShouldBe(0);
        store.SubscriptionChanges.ShouldBe(changes, "nothing removed, nothing changed");
        ending.HasExpired(Time.GetUtcNow().AddMinutes(5)).ShouldBeTrue();

        store.RemoveExpiredSubscriptions(Time.GetUtcNow().AddMinutes(5)).ShouldBe(1);

        store.Subscriptions().ShouldBe([lasting]);
        store.LanePosition(ending.LaneId).ShouldBe(0, "the ended subscription's lane goes with it");
        store.LanePosition(lasting.LaneId).ShouldBe(1, "the lasting one keeps its lane where it started, at the outbox head");
        store.SubscriptionChanges.ShouldBeGreaterThan(changes);
    }

    [Fact]
    public void Subscriptions_AfterReopen_AreKept()
    {
        WebSubSubscription subscription;
        using (var store = Open())
        {
            subscription = store.Subscribe("meo", "all", s_topic, s_callback, "s3cret", 300, Time.GetUtcNow().AddMinutes(5));
        }

        using var reopened = Open();

        reopened.Subscriptions().ShouldBe([subscription]);
    }

    protected static void Commit(IStoryStore store, params string[] ids)
    {
        var batch = new IngestBatch();
        foreach (var id in ids)
        {
            var story = new Story { Id = id, Headline = $"Headline {id}", Paragraphs = [$"Body of {id}."], Slug = $"headline-{id}", Format = "plain" };
            batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, store.OutboxHead() + batch.Stories.Count), "cluster-1");
        }

        store.Commit(batch);
    }

    /// <summary>Opens (again) the store under test, or another one of its own when <paramref name="name"/> differs.</summary>
    protected abstract IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication");

    /// <summary>Runs a query on the store's database (the tables are named alike in every store) and returns its first value.</summary>
    protected abstract long Scalar(string sql);
}
