using System.Net;
using System.Text.Json;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Health;

/// <summary><c>/health/ready</c> of real workers: ready, degraded by a failing partner, unready without a broker.</summary>
[Collection(StatusWorkerCollection.Name)]
public sealed class HealthRegistrationTests(StatusWorkerFixture fixture)
{
    [Fact]
    public async Task Ready_PartnerWebhookFailing_Is200Degraded()
    {
        var (status, health) = await ReadyAsync(fixture.Worker);
        status.ShouldBe(HttpStatusCode.OK);
        health.GetProperty("status").GetString().ShouldBe("degraded");
        var partners = health.GetProperty("checks").GetProperty("partners");
        partners.GetProperty("status").GetString().ShouldBe("degraded");
        var failing = partners.GetProperty("failing").EnumerateArray().ToList();
        failing.Select(lane => lane.GetProperty("partner").GetString()).ShouldBe(["gone"]);
        failing[0].GetProperty("lastError").GetString()!.ShouldContain("410");
        health.GetProperty("checks").GetProperty("kafka").GetProperty("ok").GetBoolean().ShouldBeTrue();
        health.GetProperty("checks").GetProperty("partitions").GetProperty("stuck").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Ready_HealthyWorker_Is200Ready()
    {
        using var directory = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartAsync(directory.File("syndication.db"));
        var (status, health) = await ReadyAsync(worker);
        status.ShouldBe(HttpStatusCode.OK);
        health.GetProperty("status").GetString().ShouldBe("ready");
        foreach (var check in new[] { "kafka", "store", "partitions", "partners" })
        {
            health.GetProperty("checks").GetProperty(check).GetProperty("ok").GetBoolean().ShouldBeTrue(check);
        }
    }

    [Fact]
    public async Task Ready_NoBroker_Is503UnreadyWhileLiveAnswers()
    {
        using var directory = new TemporaryDirectory();
        using var worker = WorkerProcess.Launch(directory.File("syndication.db"), $"127.0.0.1:{FreePort.Next()}", []);
        using var live = await WaitAnswerAsync(worker, "health/live");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (status, health) = await ReadyAsync(worker);
        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        health.GetProperty("status").GetString().ShouldBe("unready");
        health.GetProperty("checks").GetProperty("kafka").GetProperty("ok").GetBoolean().ShouldBeFalse();
        health.GetProperty("checks").GetProperty("kafka").GetProperty("assignedPartitions").GetInt32().ShouldBe(0);
        health.GetProperty("checks").GetProperty("store").GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Health)> ReadyAsync(WorkerProcess worker)
    {
        using var response = await worker.Http.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static async Task<HttpResponseMessage> WaitAnswerAsync(WorkerProcess worker, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await worker.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }
}
