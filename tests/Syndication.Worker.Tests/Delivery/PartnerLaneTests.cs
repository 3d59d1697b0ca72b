using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>
/// A lane draining a real SQLite store's outbox to a partner on loopback, the clock in the test's hands,
/// dead letters on an embedded Kafka broker: what is pushed, in which version, in what order, and when.
/// </summary>
public sealed class PartnerLaneTests : IAsyncLifetime
{
    private const string PartnersJson = """
        { "partners": [
            { "id": "meo", "name": "The Middle East Online", "knownAs": ["The Middle East Online"], "storyFormat": "ninjs" },
            { "id": "acme", "name": "Acme News", "knownAs": ["Acme News"], "storyFormat": "ninjs" } ] }
        """;

    private static readonly DateTimeOffset s_start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy s_policy = RetryPolicy.Default with { Attempts = 1 };

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(s_start);
    private readonly SqliteStoryStore _store;
    private readonly PartnersInForce _partners;
    private EmbeddedKafkaBroker? _broker;
    private IProducer<byte[]?, byte[]?>? _producer;
    private LoopbackPartner? _partner;
    private long _offset;

    public PartnerLaneTests()
    {
        _store = SqliteStoryStore.Open(_directory.File("s.db"), _time, NearDuplicateSettings.Off);
        var directory = PartnersFileParser.Parse(PartnersJson).Directory!;
        _partners = new PartnersInForce(directory, new RightsRouting(directory, "Syndication Wire"), new Dictionary<string, StoryTemplate>(), 1);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private LoopbackPartner Partner => _partner!;

    public async ValueTask InitializeAsync()
    {
        _broker = EmbeddedKafkaBroker.Start(KafkaTopics.Embedded, 1);
        _producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(_broker.BootstrapServers)).Build();
        _partner = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
    }

    [Fact]
    public async Task Drain_NewStories_PushesEachInOrderAndStoresThePosition()
    {
        Store(Story("a"), Story("b"), Story("c"));
        var lane = Lane("acme");

        (await lane.DrainAsync(Cancellation)).ShouldBeTrue();

        Headlines().ShouldBe(["Headline a", "Headline b", "Headline c"]);
        Partner.Received.Select(push => push.Version).ShouldBeInOrder();
        Partner.Received.ShouldAllBe(push => push.Kind == "new" && push.SignatureValid);
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
        lane.Status.Delivered.ShouldBe(3);

        (await Lane("acme").DrainAsync(Cancellation)).ShouldBeFalse("a lane started again carries on from the stored position");
        Partner.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Drain_DeliveriesWithinASecond_PositionStoredAtTheBatchEndOrOnceASecondNotPerDelivery()
    {
        Store(Story("a"), Story("b"), Story("c"), Story("d"));
        var seen = new List<long>();
        Partner.Respond = (index, context) =>
        {
            seen.Add(_store.LanePosition("partner:acme:webhook"));
            if (index == 1)
            {
                // The second delivery takes longer than the lane goes without storing its position.
                _time.Advance(TimeSpan.FromSeconds(2));
            }

            return PartnerAnswers.Healthy(index, context);
        };

        await Lane("acme").DrainAsync(Cancellation);

        var sequences = _store.Outbox(0, 10).Select(entry => entry.Sequence).ToList();
        seen.ShouldBe([0, 0, sequences[1], sequences[1]]);
        _store.LanePosition("partner:acme:webhook").ShouldBe(sequences[3]);
    }

    [Fact]
    public async Task Drain_TwoVersionsStoredBeforeTheLaneRuns_PushesOnlyTheLatestOnce()
    {
        Store(Versioned("v1", 1));
        Store(Versioned("v2", 2));

        await Lane("acme").DrainAsync(Cancellation);

        var push = Partner.Received.ShouldHaveSingleItem();
        push.Text.ShouldContain("Headline v2");
        push.Kind.ShouldBe("updated");
    }

    [Fact]
    public async Task Drain_VersionsArrivingBetweenDrains_NeverSendsAnOlderOneAfterANewer()
    {
        var lane = Lane("acme");
        Store(Versioned("v1", 1));
        await lane.DrainAsync(Cancellation);
        Store(Versioned("v3", 3), Versioned("fix", 3) with { IsCorrection = true });
        Store(Versioned("v2", 2));

        await lane.DrainAsync(Cancellation);

        Headlines().ShouldBe(["Headline v1", "Headline fix"]);
        Partner.Received.Select(push => push.Kind).ShouldBe(["new", "corrected"]);
        Partner.Received.Select(push => push.ItemId).Distinct().ShouldHaveSingleItem();
        Partner.Received[1].Version.ShouldBeGreaterThan(Partner.Received[0].Version);
    }

    [Fact]
    public async Task Drain_HeldStoryRoutedLater_ReachesTheRoutedPartnerOnly()
    {
        Store(Story("held", exclusiveTo: "Nobody Daily"));
        await Lane("acme").DrainAsync(Cancellation);
        Headlines().ShouldBeEmpty("held for an operator");

        _store.Route(_store.Find("held")!.ItemId, "acme").ShouldBeTrue();
        await Lane("acme").DrainAsync(Cancellation);
        await Lane("meo").DrainAsync(Cancellation);

        Headlines().ShouldBe(["Headline held"], "routed to acme, pushed to acme alone");
    }

    [Fact]
    public async Task Drain_ReplayedForAcme_SendsTheCurrentVersionToAcmeOnlyUnderTheSameKey()
    {
        Store(Versioned("v1", 1));
        Store(Versioned("v2", 2));
        var meo = Lane("meo");
        var acme = Lane("acme");
        await meo.DrainAsync(Cancellation);
        await acme.DrainAsync(Cancellation);
        Partner.Received.Count.ShouldBe(2);

        _store.Replay(Partner.Received[0].ItemId, "acme").ShouldBeTrue();
        (await meo.DrainAsync(Cancellation)).ShouldBeTrue("meo's lane reads the entry and passes it");
        Partner.Received.Count.ShouldBe(2, "the replay is not for meo");
        await acme.DrainAsync(Cancellation);

        Partner.Received.Count.ShouldBe(3);
        var replayed = Partner.Received[2];
        (replayed.Kind, replayed.IdempotencyKey).ShouldBe(("replayed", Partner.Received[1].IdempotencyKey));
        Headlines()[2].ShouldBe("Headline v2");
        _store.LanePosition("partner:meo:webhook").ShouldBe(_store.OutboxHead());
    }

    [Fact]
    public async Task Drain_ReplayedForAcmesTopic_NotSentByAcmesWebhookLane()
    {
        Store(Versioned("v1", 1));
        var acme = Lane("acme");
        await acme.DrainAsync(Cancellation);

        _store.Replay(Partner.Received[0].ItemId, "acme", "kafka").ShouldBeTrue();
        _store.Replay(Partner.Received[0].ItemId, "acme", "webhook").ShouldBeTrue();
        await acme.DrainAsync(Cancellation);

        Partner.Received.Select(push => push.Kind).ShouldBe(["new", "replayed"], "the topic's replay is for acme's topic lane; the webhook's for this one");
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
    }

    [Fact]
    public async Task Drain_ReplayOfAKilledItem_SentAsItsKill()
    {
        Store(Versioned("v1", 1));
        Store(Versioned("kill", 2) with { PubStatus = PubStatus.Canceled });
        _store.Replay(_store.Find("v1")!.ItemId, "acme").ShouldBeTrue();
        var acme = Lane("acme");

        await acme.DrainAsync(Cancellation);

        Partner.Received.Select(push => push.Kind).ShouldBe(["killed", "killed"]);
        using var kill = JsonDocument.Parse(Partner.Received[1].Body);
        kill.RootElement.GetProperty("pubStatus").GetString().ShouldBe("canceled");
    }

    [Fact]
    public async Task Drain_StoryExclusiveToAnotherPartner_ReachesOnlyItsPartner()
    {
        Store(Story("exclusive", exclusiveTo: "The Middle East Online"), Story("open"));

        await Lane("acme").DrainAsync(Cancellation);
        Headlines().ShouldBe(["Headline open"]);
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead(), "what is not for the partner is passed, not held");

        await Lane("meo").DrainAsync(Cancellation);
        Headlines().ShouldBe(["Headline open", "Headline exclusive", "Headline open"]);
    }

    [Fact]
    public async Task Drain_EmbargoedStory_DeferredWhileOthersGoOnThenPushedWhenItEnds()
    {
        var lifts = s_start.AddMinutes(30);
        Store(Story("embargoed") with { Embargo = StoryTime.From(lifts) }, Story("open"));
        var lane = Lane("acme");

        await lane.DrainAsync(Cancellation);

        Headlines().ShouldBe(["Headline open"]);
        lane.Status.Deferred.ShouldBe(1);
        var embargoedEntry = _store.Outbox(0, 10).First();
        _store.LanePosition("partner:acme:webhook").ShouldBe(embargoedEntry.Sequence - 1, "the stored position stops short of the deferred entry");

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromMilliseconds(1));
        (await lane.DrainAsync(Cancellation)).ShouldBeFalse("a millisecond early is early");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await lane.DrainAsync(Cancellation);

        Headlines().ShouldBe(["Headline open", "Headline embargoed"]);
        lane.Status.Deferred.ShouldBe(0);
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
    }

    [Fact]
    public async Task Drain_EmbargoedStoryKilledBeforeItEnds_IsNeverPushed()
    {
        Store(Versioned("v1", 1) with { Embargo = StoryTime.From(s_start.AddMinutes(30)) });
        var lane = Lane("acme");
        await lane.DrainAsync(Cancellation);
        Store(Versioned("kill", 2) with { PubStatus = PubStatus.Canceled, Embargo = StoryTime.From(s_start.AddMinutes(30)) });

        await lane.DrainAsync(Cancellation);
        _time.Advance(TimeSpan.FromHours(1));
        await lane.DrainAsync(Cancellation);

        Partner.Received.ShouldBeEmpty();
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
    }

    [Fact]
    public async Task Drain_Kill_ReachesThoseWhoCouldSeeTheStoryOnly()
    {
        Store(Versioned("v1", 1) with { Rights = new StoryRights("The Middle East Online", null, null) });
        var meo = Lane("meo");
        var acme = Lane("acme");
        await meo.DrainAsync(Cancellation);
        await acme.DrainAsync(Cancellation);
        Store(Versioned("kill", 2) with { PubStatus = PubStatus.Canceled, Rights = new StoryRights("The Middle East Online", null, null) });

        await meo.DrainAsync(Cancellation);
        await acme.DrainAsync(Cancellation);

        Partner.Received.Select(push => push.Kind).ShouldBe(["new", "killed"]);
        using var kill = JsonDocument.Parse(Partner.Received[1].Body);
        kill.RootElement.GetProperty("pubStatus").GetString().ShouldBe("canceled");
    }

    [Fact]
    public async Task Drain_RejectedDelivery_DeadLetteredWithItsAttemptThenTheLaneGoesOn()
    {
        Partner.Respond = PartnerAnswers.FailFirst(1, 410);
        Store(Story("refused"), Story("taken"));
        var lane = Lane("acme");

        await lane.DrainAsync(Cancellation);

        Partner.Received.Count.ShouldBe(2);
        lane.Status.DeadLettered.ShouldBe(1);
        lane.Status.Delivered.ShouldBe(1);
        lane.Status.LastError.ShouldBe(("HTTP 410 Gone", s_start));
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
        var refused = Partner.Received[0];
        var letters = await PartnerTopic.ReadUntilAsync(_broker!.BootstrapServers, KafkaTopics.DeliveryDeadLetters, messages => messages.Count == 1, TimeSpan.FromSeconds(20));
        Encoding.UTF8.GetString(letters[0].Message.Key!).ShouldBe(refused.ItemId);
        using var record = JsonDocument.Parse(letters[0].Message.Value);
        var root = record.RootElement;
        (root.GetProperty("partner").GetString(), root.GetProperty("reason").GetString(), root.GetProperty("idempotencyKey").GetString())
            .ShouldBe(("acme", "rejected", refused.IdempotencyKey));
        root.GetProperty("deadLetteredAt").GetString().ShouldBe("2026-11-25T12:00:00.0000000Z");
        var attempt = root.GetProperty("attempts").EnumerateArray().ShouldHaveSingleItem();
        (attempt.GetProperty("at").GetString(), attempt.GetProperty("outcome").GetString(), attempt.GetProperty("status").GetInt32(), attempt.GetProperty("error").GetString())
            .ShouldBe(("2026-11-25T12:00:00.0000000Z", "rejected", 410, "Gone"));
    }

    [Fact]
    public async Task Drain_CircuitOpen_LaneWaitsOutTheBreakInsteadOfDeadLetteringThenDelivers()
    {
        Partner.Respond = PartnerAnswers.FailFirst(2, 401);
        Store(Story("a"), Story("b"), Story("c"));
        var policy = s_policy with { Breaker = new BreakerPolicy(0.5, 2, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20)) };
        var driver = new FakeClockDriver(_time, TimeSpan.FromMilliseconds(50));
        var lane = Lane("acme", policy, driver);

        await driver.RunAsync(lane.DrainAsync(Cancellation));

        lane.Status.DeadLettered.ShouldBe(2);
        lane.Status.Delivered.ShouldBe(1);
        Partner.Received.Count.ShouldBe(3, "nothing is sent while the circuit is open");
        Headlines().ShouldBe(["Headline a", "Headline b", "Headline c"]);
        (Partner.Received[2].ArrivedAt - Partner.Received[1].ArrivedAt).ShouldBeGreaterThan(TimeSpan.Zero);
        (_time.GetUtcNow() - s_start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(20), "the lane waited out the break on the clock");
        lane.Status.Circuit.ShouldBe(Polly.CircuitBreaker.CircuitState.Closed);
        _store.LanePosition("partner:acme:webhook").ShouldBe(_store.OutboxHead());
    }

    public async ValueTask DisposeAsync()
    {
        if (_partner is not null)
        {
            await _partner.DisposeAsync();
        }

        _producer?.Dispose();
        _broker?.Dispose();
        _store.Dispose();
        _directory.Dispose();
    }

    private PartnerLane Lane(string partnerId, RetryPolicy? policy = null, FakeClockDriver? driver = null)
    {
        policy ??= s_policy;
        var sender = DeliveryTestServices.WebhookSender(_time);
        var webhook = new WebhookTarget(Partner.Url, LoopbackPartner.DefaultSecret);
        var resources = new LaneResources(
            _store, () => _partners, new RouteBook(_store), new DeliveryDeadLetter(_producer!, _time), new OutboxWatch(_store, _time), "Syndication Wire", _time);
        return new PartnerLane(
            new LaneTarget(partnerId, DeliveryTransport.Webhook, webhook, null, policy),
            (story, token) => driver is null ? sender.SendAsync(webhook, story, token) : driver.TrackAsync(() => sender.SendAsync(webhook, story, token)),
            new DeliveryPolicy(policy, _time),
            resources,
            NullLogger<PartnerLane>.Instance);
    }

    private List<string> Headlines() =>
        [.. Partner.Received.Select(push => JsonDocument.Parse(push.Body).RootElement.GetProperty("headlines")[0].GetProperty("value").GetString()!)];

    private void Store(params Story[] stories)
    {
        var batch = new IngestBatch();
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, _offset++), "cluster");
        }

        _store.Commit(batch);
    }

    private static Story Story(string id, string? exclusiveTo = null) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Rights = new StoryRights(exclusiveTo, null, null),
        Paragraphs = [$"Body of {id}."],
        WordCount = 3,
        Slug = $"headline-{id}",
        Format = "plain",
    };

    private static Story Versioned(string id, long version) => Story(id) with { SourceId = "urn:test:item", Provider = "Test", Version = version };
}
