using System.Xml.Linq;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;
using Syndication.Worker.Tests.Delivery;
using Syndication.Worker.Tests.Infrastructure;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Tests.WebSub;

/// <summary>
/// A delivery lane of a WebSub subscription (PartnerLane with a subscription target) draining a real store's
/// outbox to a subscriber on loopback (private callbacks allowed, unless a test says otherwise), the clock in
/// the test's hands: what it sends, signed how, retried how, and when it stops.
/// </summary>
public sealed class WebSubLaneTests : IAsyncLifetime
{
    private const string PartnersJson = """
        { "partners": [ { "id": "meo", "name": "The Middle East Online", "knownAs": ["The Middle East Online"], "storyFormat": "ninjs",
            "feeds": [ { "name": "all", "format": "atom", "filter": {} },
                       { "name": "markets", "format": "rss", "filter": { "keywords": ["markets"] } } ] } ] }
        """;

    private static readonly DateTimeOffset s_start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri s_base = new("http://127.0.0.1:8080/");
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(s_start);
    private readonly SqliteStoryStore _store;
    private readonly PartnersInForce _partners;
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private LoopbackSubscriber? _subscriber;
    private long _offset;

    public WebSubLaneTests()
    {
        _store = SqliteStoryStore.Open(_directory.File("s.db"), _time, NearDuplicateSettings.Off);
        var directory = PartnersFileParser.Parse(PartnersJson).Directory!;
        _partners = new PartnersInForce(directory, new RightsRouting(directory, "Syndication Wire"), new Dictionary<string, StoryTemplate>(), 1);
        // No broker: none of these deliveries is dead-lettered.
        _producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer("127.0.0.1:1")).SetLogHandler((_, _) => { }).SetErrorHandler((_, _) => { }).Build();
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private LoopbackSubscriber Subscriber => _subscriber!;

    public async ValueTask InitializeAsync()
    {
        _subscriber = await LoopbackSubscriber.StartAsync();
        Subscriber.Secret = "first-secret";
    }

    [Fact]
    public async Task Drain_StoriesAfterTheSubscription_SendsEachAsTheSignedAtomFeedWithThatEntryOnly()
    {
        Store(Story("before"));
        var subscription = Subscribe("all", "first-secret");
        Store(Story("a"), Story("b"));

        (await Lane(subscription).DrainAsync(Cancellation)).ShouldBeTrue();

        Titles().ShouldBe([["Headline a"], ["Headline b"]], "what was stored before the subscription is not sent");
        Subscriber.Received.ShouldAllBe(content => content.SignatureValid && content.ContentType!.StartsWith("application/atom+xml", StringComparison.Ordinal));
        Subscriber.Received[0].Link.ShouldBe("<http://127.0.0.1:8080/websub>; rel=\"hub\", <http://127.0.0.1:8080/partners/meo/feeds/all>; rel=\"self\"");
        _store.LanePosition(subscription.LaneId).ShouldBe(_store.OutboxHead());
    }

    [Fact]
    public async Task Drain_SubscriptionWithoutSecret_SendsNoSignature()
    {
        var subscription = Subscribe("all", null);
        Store(Story("a"));

        await Lane(subscription).DrainAsync(Cancellation);

        Subscriber.Received.ShouldHaveSingleItem().Signature.ShouldBeEmpty();
    }

    [Fact]
    public async Task Drain_FeedWithAFilter_SendsOnlyWhatTheFeedCarriesAsRss()
    {
        var subscription = Subscribe("markets", "first-secret");
        Store(Story("plain"), Story("priced") with { Keywords = ["markets"] });

        await Lane(subscription).DrainAsync(Cancellation);

        var content = Subscriber.Received.ShouldHaveSingleItem();
        content.ContentType.ShouldStartWith("application/rss+xml");
        XDocument.Parse(content.Text).Root!.Element("channel")!.Elements("item").ShouldHaveSingleItem().Element("title")!.Value.ShouldBe("Headline priced");
    }

    [Fact]
    public async Task Drain_Killed_SendsTheAtomTombstone()
    {
        var subscription = Subscribe("all", "first-secret");
        Store(Versioned("v1", 1));
        Store(Versioned("kill", 2) with { PubStatus = PubStatus.Canceled });

        await Lane(subscription).DrainAsync(Cancellation);

        var kill = XDocument.Parse(Subscriber.Received[^1].Text).Root!;
        kill.Elements(s_atom + "entry").ShouldBeEmpty();
        kill.Element(XName.Get("deleted-entry", "http://purl.org/atompub/tombstones/1.0"))!.Attribute("ref")!.Value
            .ShouldBe($"urn:syndication:story:{_store.Find("v1")!.ItemId}");
    }

    [Fact]
    public async Task Drain_Callback500Then200_IsRetriedOnTheClockAndDelivered()
    {
        Subscriber.Respond = PartnerAnswers.FailFirst(1);
        var subscription = Subscribe("all", "first-secret");
        Store(Story("a"));
        var driver = new FakeClockDriver(_time, TimeSpan.FromMilliseconds(50));
        var lane = Lane(subscription, RetryPolicy.Default with { Attempts = 3, BaseDelay = TimeSpan.FromSeconds(2) }, driver);

        await driver.RunAsync(lane.DrainAsync(Cancellation));

        Subscriber.Received.Count.ShouldBe(2);
        Subscriber.Received[1].Body.ShouldBe(Subscriber.Received[0].Body, "the same document, sent again");
        (lane.Status.Delivered, lane.Status.DeadLettered).ShouldBe((1, 0));
        (_time.GetUtcNow() - s_start).ShouldBeGreaterThan(TimeSpan.Zero, "the retry waited on the clock");
    }

    [Fact]
    public async Task Drain_Callback410_EndsTheSubscriptionWithoutADeadLetter()
    {
        Subscriber.Respond = PartnerAnswers.Always(410);
        var subscription = Subscribe("all", "first-secret");
        Store(Story("a"));
        var lane = Lane(subscription);

        await lane.DrainAsync(Cancellation);

        _store.Subscriptions().ShouldBeEmpty();
        _store.LanePosition(subscription.LaneId).ShouldBe(0, "its lane's row went with it");
        (lane.Status.Delivered, lane.Status.DeadLettered).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Drain_LeaseEnded_SendsNothingUntilTheLaneIsStopped()
    {
        var subscription = Subscribe("all", "first-secret", TimeSpan.FromMinutes(5));
        Store(Story("a"));
        _time.Advance(TimeSpan.FromMinutes(5));

        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Should.ThrowAsync<OperationCanceledException>(() => Lane(subscription).DrainAsync(stop.Token));

        Subscriber.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Drain_AfterRenewal_CarriesOnFromTheSamePositionWithTheNewSecret()
    {
        var subscription = Subscribe("all", "first-secret");
        Store(Story("a"));
        await Lane(subscription).DrainAsync(Cancellation);

        var renewed = Subscribe("all", "second-secret");
        Subscriber.Secret = "second-secret";
        Store(Story("b"));
        await Lane(renewed).DrainAsync(Cancellation);

        renewed.Id.ShouldBe(subscription.Id);
        Titles().ShouldBe([["Headline a"], ["Headline b"]], "no gap and no repeat");
        Subscriber.Received[1].SignatureValid.ShouldBeTrue("signed with the renewed secret");
    }

    [Fact]
    public async Task Send_PrivateCallbacksRefusedAndCallbackNamedLocalhost_IsUnreachableAndNothingArrives()
    {
        var subscription = Subscribe("all", "first-secret") with { Callback = new UriBuilder(Subscriber.Callback) { Host = "localhost" }.Uri };

        var result = await Sender(allowPrivateCallbacks: false).SendAsync(subscription, DeliveryTestServices.Story(), Cancellation);

        result.Outcome.ShouldBe(AttemptOutcome.Unreachable);
        result.Error.ShouldNotBeNull().ShouldContain("resolves only to private addresses");
        Subscriber.Received.ShouldBeEmpty();
        (await Sender(allowPrivateCallbacks: true).SendAsync(subscription, DeliveryTestServices.Story(), Cancellation)).Outcome
            .ShouldBe(AttemptOutcome.Delivered, "the same callback, allowed");
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscriber is not null)
        {
            await _subscriber.DisposeAsync();
        }

        _producer.Dispose();
        _store.Dispose();
        _directory.Dispose();
    }

    private WebSubSubscription Subscribe(string feed, string? secret, TimeSpan? lease = null)
    {
        var seconds = (int)(lease ?? TimeSpan.FromDays(1)).TotalSeconds;
        return _store.Subscribe("meo", feed, PartnerFeedDescription.Topic(s_base, "meo", feed), Subscriber.Callback, secret, seconds, _time.GetUtcNow().AddSeconds(seconds));
    }

    private WebSubSender Sender(bool allowPrivateCallbacks)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.Configure<WebSubOptions>(options => options.AllowPrivateCallbacks = allowPrivateCallbacks);
        services.AddSyndicationDelivery();
        return services.BuildServiceProvider().GetRequiredService<WebSubSender>();
    }

    private PartnerLane Lane(WebSubSubscription subscription, RetryPolicy? policy = null, FakeClockDriver? driver = null)
    {
        policy ??= RetryPolicy.Default with { Attempts = 1 };
        var sender = Sender(allowPrivateCallbacks: true);
        var partner = _partners.Directory.Find("meo")!;
        var resources = new LaneResources(
            _store, () => _partners, new RouteBook(_store), new DeliveryDeadLetter(_producer, _time), new OutboxWatch(_store, _time), "Syndication Wire", _time);
        return new PartnerLane(
            LaneTarget.Of(partner with { Retry = policy }, subscription),
            (story, token) => driver is null ? sender.SendAsync(subscription, story, token) : driver.TrackAsync(() => sender.SendAsync(subscription, story, token)),
            new DeliveryPolicy(policy, _time),
            resources,
            NullLogger<PartnerLane>.Instance);
    }

    private List<List<string>> Titles() =>
        [.. Subscriber.Received.Select(content => XDocument.Parse(content.Text).Root!.Elements(s_atom + "entry").Select(entry => entry.Element(s_atom + "title")!.Value).ToList())];

    private void Store(params Story[] stories)
    {
        var batch = new IngestBatch();
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, _offset++), "cluster");
        }

        _store.Commit(batch);
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
}
