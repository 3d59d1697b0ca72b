using System.Net.Http.Headers;
using System.Text.Json;
using Syndication.Core.Partners;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Logging;

/// <summary>What the worker writes on stdout about requests, with every logger at Debug: no key, no bearer token, no webhook URL.</summary>
[Collection(StatusWorkerCollection.Name)]
public sealed class RequestLoggingTests(StatusWorkerFixture fixture)
{
    [Fact]
    public async Task Requests_WithKeyInQueryAndBearer_LogNeitherAndCarryTraceIds()
    {
        var queryKey = PartnerKey.Generate();
        var bearer = PartnerKey.Generate();
        using (var byQuery = await fixture.Worker.Http.GetAsync(new Uri($"feeds/latest.atom?before=99&key={Uri.EscapeDataString(queryKey)}", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            byQuery.EnsureSuccessStatusCode();
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, $"status.json?key={Uri.EscapeDataString(queryKey)}"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var byHeader = await fixture.Worker.Http.SendAsync(request, TestContext.Current.CancellationToken);
            byHeader.EnsureSuccessStatusCode();
        }

        var line = await fixture.Worker.Process.WaitForLineAsync(l => l.Contains("\"RequestPath\":\"/status.json\"", StringComparison.Ordinal) && l.Contains("REDACTED", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await fixture.Worker.Process.WaitForLineAsync(l => l.Contains("\"RequestPath\":\"/feeds/latest.atom\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        using var evt = JsonDocument.Parse(line);
        evt.RootElement.GetProperty("QueryString").GetString().ShouldBe("?key=REDACTED");
        evt.RootElement.GetProperty("@tr").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
        evt.RootElement.GetProperty("@sp").GetString()!.ShouldMatch("^[0-9a-f]{16}$");

        var output = fixture.Worker.Output;
        output.ShouldContain("?before=99&key=REDACTED");
        output.ShouldNotContain(queryKey);
        output.ShouldNotContain(Uri.EscapeDataString(queryKey));
        output.ShouldNotContain(bearer);
        output.ShouldNotContain("Authorization", Case.Insensitive);
    }

    [Fact]
    public void Deliveries_ToAWebhookWithASecretInItsUrl_NeverLogTheUrl()
    {
        // The fixture has delivered to meo's webhook (HttpClient logging at Debug) before any test runs.
        var output = fixture.Worker.Output;
        output.ShouldContain("\"Partner\":\"meo\"");
        output.ShouldNotContain(StatusWorkerFixture.WebhookQuerySecret);
        output.ShouldNotContain(fixture.Meo.Url.AbsolutePath);
        output.ShouldNotContain(LoopbackPartner.DefaultSecret);
    }
}
