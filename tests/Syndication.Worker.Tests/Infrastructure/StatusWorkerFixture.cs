using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// One worker (embedded broker) with stories stored, a dead letter on each dead-letter topic and two
/// partners: meo (The Middle East Online, a healthy webhook whose URL carries a secret in its query) and
/// gone (a webhook that answers 410, so its lane fails and dead-letters). Logging at Debug everywhere,
/// ASP.NET Core and HttpClient included, so a log test sees everything that could leak.
/// </summary>
public sealed class StatusWorkerFixture : IAsyncLifetime
{
    /// <summary>A headline a page must show as text.</summary>
    internal const string ScriptHeadline = "Markets rally <script>document.title='pwned'</script> & \"bonds\" fall";

    /// <summary>In meo's webhook URL's query: never in the log.</summary>
    internal const string WebhookQuerySecret = "hook-query-secret-5f1c";

    private readonly TemporaryDirectory _directory = new();
    private WorkerProcess? _worker;

    internal WorkerProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal string BootstrapServers { get; private set; } = "";

    internal LoopbackPartner Meo { get; private set; } = null!;

    internal LoopbackPartner Gone { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Meo = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        Gone = await LoopbackPartner.StartAsync(PartnerAnswers.Always(410));
        var partners = new JsonObject
        {
            ["partners"] = new JsonArray(
                DeliveryWorkerFixture.Partner("meo", "The Middle East Online", "nitf", new JsonObject
                {
                    ["webhook"] = new JsonObject { ["url"] = $"{Meo.Url}?token={WebhookQuerySecret}", ["secret"] = LoopbackPartner.DefaultSecret },
                }),
                DeliveryWorkerFixture.Partner("gone", "Gone Gazette", "ninjs", new JsonObject { ["webhook"] = DeliveryWorkerFixture.Webhook(Gone) })),
        };
        await File.WriteAllTextAsync(_directory.File("partners.json"), partners.ToJsonString(), Encoding.UTF8);
        _worker = await WorkerProcess.StartAsync(
            _directory.File("syndication.db"),
            null,
            "--Dedup:Window=00:00:00",
            "--Serilog:MinimumLevel:Default=Debug",
            "--Serilog:MinimumLevel:Override:Microsoft.AspNetCore=Debug",
            "--Serilog:MinimumLevel:Override:System.Net.Http=Debug");
        BootstrapServers = (await _worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;

        // The seed first and stored, so the script headline is the last story seen.
        await IngestAsync(await File.ReadAllBytesAsync(RepositoryPaths.Seed));
        await Worker.WaitForStatusAsync(status => WorkerProcess.Stories(status, "stored") >= 1, TimeSpan.FromSeconds(30));
        await IngestAsync(Encoding.UTF8.GetBytes($"{ScriptHeadline}\n\nLONDON, June 3 (Reuters) - Shares rose on Tuesday as bonds fell, analysts said.\n\nDealers expected more of the same.\n"));
        await IngestAsync([0, 1, 2, 3]);
        await Worker.WaitForStatusAsync(
            status => WorkerProcess.Stories(status, "stored") >= 2
                && DeadLetters(status, KafkaTopics.DeadLetters) >= 1
                && DeadLetters(status, KafkaTopics.DeliveryDeadLetters) >= 1
                && Lane(status, "meo").GetProperty("delivered").GetInt64() >= 2,
            TimeSpan.FromSeconds(60));
    }

    internal static JsonElement Lane(JsonElement status, string partner) => status.GetProperty("deliveries").GetProperty(partner).GetProperty("webhook");

    private static long DeadLetters(JsonElement status, string topic) =>
        status.GetProperty("deadLetters").GetProperty(topic) is { ValueKind: JsonValueKind.Number } depth ? depth.GetInt64() : 0;

    private async Task IngestAsync(byte[] story)
    {
        using var response = await Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(story));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        foreach (var partner in new[] { Meo, Gone }.Where(partner => partner is not null))
        {
            await partner.DisposeAsync();
        }

        _directory.Dispose();
    }
}
