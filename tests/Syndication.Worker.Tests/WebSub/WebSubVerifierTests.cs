using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Partners;
using Syndication.Worker.Tests.Infrastructure;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Tests.WebSub;

/// <summary>
/// Verification of intent against a subscriber on loopback (private callbacks allowed, unless a test says
/// otherwise), into a real store, under a fake clock.
/// </summary>
public sealed class WebSubVerifierTests : IAsyncLifetime
{
    private static readonly Uri s_topic = new("http://127.0.0.1:8080/partners/meo/feeds/all");

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteStoryStore _store;
    private readonly PartnersFileWatch _partnersFile;
    private LoopbackSubscriber? _subscriber;

    public WebSubVerifierTests()
    {
        File.WriteAllText(_directory.File("partners.json"), """
            { "partners": [ { "id": "meo", "name": "The Middle East Online", "storyFormat": "ninjs", "feeds": [ { "name": "all", "format": "atom", "filter": {} } ] } ] }
            """);
        _store = SqliteStoryStore.Open(_directory.File("s.db"), _time, NearDuplicateSettings.Off);
        _partnersFile = new PartnersFileWatch(
            Options.Create(new PartnersOptions()), Options.Create(new StorageOptions { Path = _directory.File("s.db") }), Options.Create(new SyndicationOptions()),
            _time, NullLogger<PartnersFileWatch>.Instance);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private LoopbackSubscriber Subscriber => _subscriber!;

    public async ValueTask InitializeAsync() => _subscriber = await LoopbackSubscriber.StartAsync();

    [Fact]
    public async Task Verify_CallbackEchoesTheChallenge_StoresTheSubscriptionWithItsLeaseFromTheAskingTime()
    {
        (await Verifier().VerifyAsync(Intent(WebSubMode.Subscribe, 600, "s3cret"), Cancellation)).ShouldBeTrue();

        var subscription = _store.Subscriptions().ShouldHaveSingleItem();
        (subscription.PartnerId, subscription.Feed, subscription.Topic, subscription.Callback, subscription.Secret, subscription.LeaseSeconds)
            .ShouldBe(("meo", "all", s_topic, Subscriber.Callback, "s3cret", 600));
        subscription.ExpiresAt.ShouldBe(_time.GetUtcNow().AddSeconds(600));
        var asked = Subscriber.Verifications.ShouldHaveSingleItem();
        (asked["hub.mode"].ToString(), asked["hub.topic"].ToString(), asked["hub.lease_seconds"].ToString(), asked["token"].ToString())
            .ShouldBe(("subscribe", s_topic.AbsoluteUri, "600", LoopbackSubscriber.Token));
    }

    [Fact]
    public async Task Verify_TwoRequests_AskWithDifferentChallenges()
    {
        await Verifier().VerifyAsync(Intent(WebSubMode.Subscribe, 600, null), Cancellation);
        await Verifier().VerifyAsync(Intent(WebSubMode.Subscribe, 600, null), Cancellation);

        Subscriber.Verifications.Select(query => query["hub.challenge"].ToString()).Distinct().Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(200, "wrong")]
    [InlineData(200, "")]
    [InlineData(404, null)]
    [InlineData(500, null)]
    [InlineData(302, null)]
    public async Task Verify_CallbackDoesNotConfirm_ChangesNothing(int status, string? body)
    {
        Subscriber.Verify = (query, context) =>
        {
            context.Response.StatusCode = status;
            if (status == 302)
            {
                // Even a redirect to an echo is no confirmation.
                context.Response.Headers.Location = Subscriber.Callback + "&hub.challenge=" + query["hub.challenge"];
            }

            return body is null ? Task.CompletedTask : context.Response.WriteAsync(body);
        };

        (await Verifier().VerifyAsync(Intent(WebSubMode.Subscribe, 600, null), Cancellation)).ShouldBeFalse();

        _store.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task Verify_Unsubscribe_RemovesTheSubscriptionOnlyWhenConfirmed()
    {
        await Verifier().VerifyAsync(Intent(WebSubMode.Subscribe, 600, null), Cancellation);
        Subscriber.Verify = (_, context) => context.Response.WriteAsync("no");

        (await Verifier().VerifyAsync(Intent(WebSubMode.Unsubscribe, 0, null), Cancellation)).ShouldBeFalse();
        _store.Subscriptions().Count.ShouldBe(1, "an unconfirmed unsubscription leaves it");

        Subscriber.Verify = LoopbackSubscriber.Echo;
        (await Verifier().VerifyAsync(Intent(WebSubMode.Unsubscribe, 0, null), Cancellation)).ShouldBeTrue();
        _store.Subscriptions().ShouldBeEmpty();
        Subscriber.Verifications[^1].ContainsKey("hub.lease_seconds").ShouldBeFalse();
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Verify_CallbackNamedLocalhost_IsReachedOnlyWhenPrivateCallbacksAreAllowed(bool allowPrivateCallbacks, bool verified)
    {
        // A name, not an address: what it resolves to is only known when connecting.
        var callback = new UriBuilder(Subscriber.Callback) { Host = "localhost" }.Uri;
        var intent = new WebSubIntent("meo", "all", new WebSubRequest(WebSubMode.Subscribe, s_topic, callback, 600, null));

        (await Verifier(allowPrivateCallbacks).VerifyAsync(intent, Cancellation)).ShouldBe(verified);

        _store.Subscriptions().Count.ShouldBe(verified ? 1 : 0);
        Subscriber.Verifications.Count.ShouldBe(verified ? 1 : 0, "the guarded client never connects");
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscriber is not null)
        {
            await _subscriber.DisposeAsync();
        }

        _partnersFile.Dispose();
        _store.Dispose();
        _directory.Dispose();
    }

    private WebSubIntent Intent(WebSubMode mode, int lease, string? secret) => new("meo", "all", new WebSubRequest(mode, s_topic, Subscriber.Callback, lease, secret));

    private WebSubVerifier Verifier(bool allowPrivateCallbacks = true)
    {
        var services = new ServiceCollection();
        services.Configure<WebSubOptions>(options => options.AllowPrivateCallbacks = allowPrivateCallbacks);
        services.AddSyndicationWebSub();
        var clients = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new WebSubVerifier(new WebSubIntents(), clients, _store, _partnersFile, _time, NullLogger<WebSubVerifier>.Instance);
    }
}
