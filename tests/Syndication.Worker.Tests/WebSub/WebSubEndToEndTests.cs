using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.WebSub;

/// <summary>
/// The WebSub hub through the real worker process: a subscriber on loopback discovers the hub from a partner
/// feed, runs the handshake, receives signed content for stories ingested after, and unsubscribes.
/// </summary>
public sealed partial class WebSubEndToEndTests(WebSubWorkerFixture fixture) : IClassFixture<WebSubWorkerFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscriber_DiscoversSubscribesReceivesSignedAtomAndAfterUnsubscribingNothing()
    {
        await using var subscriber = await LoopbackSubscriber.StartAsync();
        subscriber.Secret = "a-subscriber-secret-" + Guid.NewGuid().ToString("N");
        var (hub, topic) = await DiscoverAsync("meo", "all");
        hub.ShouldBe(new Uri(fixture.Worker.BaseUri, "websub"));
        topic.ShouldBe(new Uri(fixture.Worker.BaseUri, "partners/meo/feeds/all"));

        using (var accepted = await RequestAsync(hub, "meo", Form("subscribe", topic, subscriber.Callback, ("hub.secret", subscriber.Secret), ("hub.lease_seconds", "3600"))))
        {
            accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync(Cancellation));
        }

        var verification = (await subscriber.WaitVerifiedAsync(1, s_wait))[0];
        verification["token"].ToString().ShouldBe(LoopbackSubscriber.Token, "the callback's own query is kept");
        verification["hub.mode"].ToString().ShouldBe("subscribe");
        verification["hub.topic"].ToString().ShouldBe(topic.AbsoluteUri);
        verification["hub.lease_seconds"].ToString().ShouldBe("3600");
        verification["hub.challenge"].ToString().Length.ShouldBeGreaterThanOrEqualTo(32);
        var lane = await WaitForSubscriptionsAsync("meo", count => count == 1);

        var tag = "websub-" + Guid.NewGuid().ToString("N")[..8];
        await IngestAsync(TestStories.Plain(tag, 1));
        var content = (await subscriber.WaitAsync(received => received.Any(c => c.Text.Contains(tag, StringComparison.Ordinal)), s_wait))
            .Single(c => c.Text.Contains(tag, StringComparison.Ordinal));

        content.SignatureValid.ShouldBeTrue(content.Signature);
        content.ContentType.ShouldStartWith("application/atom+xml");
        content.Link.ShouldBe($"<{hub.AbsoluteUri}>; rel=\"hub\", <{topic.AbsoluteUri}>; rel=\"self\"");
        var feed = XDocument.Parse(content.Text).Root!;
        feed.Elements(s_atom + "entry").ShouldHaveSingleItem().Element(s_atom + "title")!.Value.ShouldContain(tag);
        feed.Elements(s_atom + "link").ShouldContain(link => link.Attribute("rel")!.Value == "hub" && link.Attribute("href")!.Value == hub.AbsoluteUri);
        using (var file = RenderedFile.Write(content.Body, ".atom"))
        {
            var validation = await Validators.AtomAsync(file.Path);
            validation.ExitCode.ShouldBe(0, validation.Output);
        }

        lane.GetProperty("lane").GetString().ShouldStartWith("websub:");
        lane.ToString().ShouldNotContain(subscriber.Secret);
        lane.ToString().ShouldNotContain(LoopbackSubscriber.Token);

        using (var accepted = await RequestAsync(hub, "meo", Form("unsubscribe", topic, subscriber.Callback)))
        {
            accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await subscriber.WaitVerifiedAsync(2, s_wait))[1]["hub.mode"].ToString().ShouldBe("unsubscribe");
        await WaitForSubscriptionsAsync("meo", count => count == 0);
        var before = subscriber.Received.Count;
        await IngestAsync(TestStories.Plain(tag, 2));
        await WaitForStoredAsync($"story {tag} number 2 ");
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        subscriber.Received.Count.ShouldBe(before, "an unsubscribed callback is sent nothing");
    }

    [Fact]
    public async Task Subscribe_RefusedRequests_AnswerWithTheirStatusAndVerifyNothing()
    {
        await using var subscriber = await LoopbackSubscriber.StartAsync();
        var hub = new Uri(fixture.Worker.BaseUri, "websub");
        var meoTopic = new Uri(fixture.Worker.BaseUri, "partners/meo/feeds/all");
        var acmeTopic = new Uri(fixture.Worker.BaseUri, "partners/acme/feeds/all");

        using (var response = await RequestAsync(hub, null, Form("subscribe", meoTopic, subscriber.Callback)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var response = await RequestAsync(hub, "meo", Form("subscribe", acmeTopic, subscriber.Callback)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another partner's feed does not exist for meo");
        }

        using (var response = await RequestAsync(hub, "meo", Form("subscribe", new Uri(fixture.Worker.BaseUri, "partners/meo/feeds/nope"), subscriber.Callback)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        foreach (var (form, reason) in new (Dictionary<string, string>, string)[]
        {
            (Form("subscribe", meoTopic, new Uri("ftp://127.0.0.1/callback")), "hub.callback"),
            (Form("publish", meoTopic, subscriber.Callback), "hub.mode"),
            (Form("subscribe", meoTopic, subscriber.Callback, ("hub.lease_seconds", "a week")), "hub.lease_seconds"),
            (Form("subscribe", meoTopic, subscriber.Callback, ("hub.secret", new string('s', 200))), "hub.secret"),
        })
        {
            using var response = await RequestAsync(hub, "meo", form);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
            (await response.Content.ReadAsStringAsync(Cancellation)).ShouldContain(reason);
        }

        using (var response = await RequestAsync(hub, "meo", Form("subscribe", meoTopic, subscriber.Callback, ("padding", new string('p', 20_000)))))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, "a form far larger than any subscription is not read");
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancellation);
        subscriber.Verifications.ShouldBeEmpty("a refused request is never verified");
    }

    [Fact]
    public async Task Subscribe_CallbackThatDoesNotEchoTheChallenge_IsNotSubscribed()
    {
        await using var subscriber = await LoopbackSubscriber.StartAsync();
        subscriber.Verify = (_, context) => context.Response.WriteAsync("not the challenge", Cancellation);
        var topic = new Uri(fixture.Worker.BaseUri, "partners/acme/feeds/all");

        using (var accepted = await RequestAsync(new Uri(fixture.Worker.BaseUri, "websub"), "acme", Form("subscribe", topic, subscriber.Callback)))
        {
            accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        await subscriber.WaitVerifiedAsync(1, s_wait);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        (await fixture.Worker.StatusAsync()).GetProperty("deliveries").TryGetProperty("acme", out _).ShouldBeFalse("an unverified subscription has no lane");
    }

    private async Task<(Uri Hub, Uri Self)> DiscoverAsync(string partner, string feed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"partners/{partner}/feeds/{feed}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys[partner]);
        using var response = await fixture.Worker.Http.SendAsync(request, Cancellation);
        response.EnsureSuccessStatusCode();
        var links = LinkPattern().Matches(string.Join(", ", response.Headers.GetValues("Link")))
            .ToDictionary(match => match.Groups["rel"].Value, match => new Uri(match.Groups["url"].Value));
        return (links["hub"], links["self"]);
    }

    private async Task<HttpResponseMessage> RequestAsync(Uri hub, string? partner, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hub) { Content = new FormUrlEncodedContent(form) };
        if (partner is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys[partner]);
        }

        return await fixture.Worker.Http.SendAsync(request, Cancellation);
    }

    private static Dictionary<string, string> Form(string mode, Uri topic, Uri callback, params (string Name, string Value)[] more)
    {
        var form = new Dictionary<string, string> { ["hub.mode"] = mode, ["hub.topic"] = topic.AbsoluteUri, ["hub.callback"] = callback.AbsoluteUri };
        foreach (var (name, value) in more)
        {
            form[name] = value;
        }

        return form;
    }

    /// <summary>Waits until the partner's WebSub lanes on /status.json number as <paramref name="done"/> wants; the first one, if any.</summary>
    private async Task<System.Text.Json.JsonElement> WaitForSubscriptionsAsync(string partner, Func<int, bool> done)
    {
        static int Count(System.Text.Json.JsonElement status, string partner, out System.Text.Json.JsonElement first)
        {
            first = default;
            if (!status.GetProperty("deliveries").TryGetProperty(partner, out var lanes) || !lanes.TryGetProperty("websub", out var subscriptions))
            {
                return 0;
            }

            var all = subscriptions.EnumerateObject().ToList();
            if (all.Count > 0)
            {
                first = all[0].Value;
            }

            return all.Count;
        }

        var status = await fixture.Worker.WaitForStatusAsync(status => done(Count(status, partner, out _)), s_wait);
        Count(status, partner, out var lane);
        return lane;
    }

    private async Task WaitForStoredAsync(string headline)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < s_wait)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("partners/meo/feeds/all", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys["meo"]);
            using var response = await fixture.Worker.Http.SendAsync(request, Cancellation);
            if ((await response.Content.ReadAsStringAsync(Cancellation)).Contains(headline, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100, Cancellation);
        }

        throw new TimeoutException($"'{headline}' was never stored.");
    }

    private async Task IngestAsync(byte[] story)
    {
        using var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(story), Cancellation);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("<(?<url>[^>]+)>;\\s*rel=\"(?<rel>[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
