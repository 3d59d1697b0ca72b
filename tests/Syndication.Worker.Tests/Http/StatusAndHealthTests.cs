using System.Net;
using System.Text.Json;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Http;

public sealed class StatusAndHealthTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    [Fact]
    public async Task Status_ShowsEmbeddedBrokerAndCounters()
    {
        var status = await fixture.Worker.StatusAsync();
        var kafka = status.GetProperty("kafka");
        kafka.GetProperty("bootstrapServers").GetString()!.ShouldMatch(@"^127\.0\.0\.1:\d+$");
        kafka.GetProperty("lag").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        foreach (var counter in new[] { "stored", "duplicates", "rejected" })
        {
            status.GetProperty("stories").GetProperty(counter).ValueKind.ShouldBe(JsonValueKind.Number);
        }

        status.GetProperty("uptimeSeconds").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        fixture.Worker.Output.ShouldContain(kafka.GetProperty("bootstrapServers").GetString()!);
    }

    [Fact]
    public async Task Health_LiveAndReady_Answer200WithDetails()
    {
        using var live = await fixture.Worker.Http.GetAsync(new Uri("health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var ready = await fixture.Worker.Http.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var details = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        details.RootElement.GetProperty("checks").GetProperty("kafka").GetProperty("assignedPartitions").GetInt32().ShouldBe(32);
        details.RootElement.GetProperty("checks").GetProperty("store").GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Logs_AreCompactJsonOutsideDevelopment()
    {
        var line = await fixture.Worker.Process.WaitForLineAsync(l => l.Contains("Kafka bootstrap", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        using var evt = JsonDocument.Parse(line);
        evt.RootElement.GetProperty("@t").GetString().ShouldNotBeNullOrEmpty();
        evt.RootElement.GetProperty("@mt").GetString()!.ShouldContain("{BootstrapServers}");
    }
}
