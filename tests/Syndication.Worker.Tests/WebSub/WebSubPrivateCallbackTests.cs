using System.Net;
using System.Net.Http.Headers;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.WebSub;

/// <summary>
/// The hub of a worker with the default configuration (<c>WebSub:AllowPrivateCallbacks</c> off): a callback on
/// loopback is refused when asked for, and never verified.
/// </summary>
public sealed class WebSubPrivateCallbackTests(PartnerWorkerFixture fixture) : IClassFixture<PartnerWorkerFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscribe_LoopbackCallback_IsRefused400NamingTheCallbackAndNeverVerified()
    {
        await using var subscriber = await LoopbackSubscriber.StartAsync();
        var topic = new Uri(fixture.Worker.BaseUri, "partners/acme/feeds/all");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Worker.BaseUri, "websub"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["hub.mode"] = "subscribe",
                ["hub.topic"] = topic.AbsoluteUri,
                ["hub.callback"] = subscriber.Callback.AbsoluteUri,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys["acme"]);

        using var response = await fixture.Worker.Http.SendAsync(request, Cancellation);

        var body = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldStartWith("hub.callback must not be a loopback, private or link-local address");
        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancellation);
        subscriber.Verifications.ShouldBeEmpty();
    }
}
