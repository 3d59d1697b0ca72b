using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// One worker (embedded broker) pushing to three partners on loopback: meo (NITF, known as The Middle East
/// Online, so the seed's partner; webhook and Kafka topic, healthy), stuck (ninjs, a webhook that never
/// answers) and gone (ninjs, a webhook that answers 410). Their retry policies are short so the tests are.
/// Near-duplicate detection is off: the test stories differ in little but their numbers, and a linked near
/// duplicate is not pushed.
/// </summary>
public sealed class DeliveryWorkerFixture : IAsyncLifetime
{
    internal const string Publisher = "Syndication Wire";

    private readonly TemporaryDirectory _directory = new();
    private WorkerProcess? _worker;

    internal WorkerProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal string BootstrapServers { get; private set; } = "";

    internal LoopbackPartner Meo { get; private set; } = null!;

    internal LoopbackPartner Stuck { get; private set; } = null!;

    internal LoopbackPartner Gone { get; private set; } = null!;

    internal string PartnersFile => _directory.File("partners.json");

    /// <summary>A retry policy that spends itself in a few seconds.</summary>
    internal static JsonObject QuickRetry() => new()
    {
        ["attempts"] = 3,
        ["baseDelay"] = "00:00:00.2",
        ["maxDelay"] = "00:00:01",
        ["timeout"] = "00:00:01",
        ["giveUpAfter"] = "00:00:30",
    };

    public async ValueTask InitializeAsync()
    {
        Meo = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        Stuck = await LoopbackPartner.StartAsync(PartnerAnswers.Never);
        Gone = await LoopbackPartner.StartAsync(PartnerAnswers.Always(410));
        await WritePartnersAsync(Partners());
        _worker = await WorkerProcess.StartAsync(_directory.File("syndication.db"), null, $"--Syndication:Publisher={Publisher}", "--Dedup:Window=00:00:00");
        BootstrapServers = (await _worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;
    }

    /// <summary>The partners file's JSON, for a test to change and write back.</summary>
    internal JsonObject Partners() => new()
    {
        ["partners"] = new JsonArray(
            Partner("meo", "The Middle East Online", "nitf", new JsonObject
            {
                ["webhook"] = Webhook(Meo),
                ["kafka"] = new JsonObject(),
            }),
            Partner("stuck", "Stuck Daily", "ninjs", new JsonObject { ["webhook"] = Webhook(Stuck) }),
            Partner("gone", "Gone Gazette", "ninjs", new JsonObject { ["webhook"] = Webhook(Gone) })),
    };

    internal static JsonObject Partner(string id, string name, string storyFormat, JsonObject push) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["knownAs"] = new JsonArray(name),
        ["storyFormat"] = storyFormat,
        ["push"] = push,
        ["retry"] = QuickRetry(),
    };

    internal static JsonObject Webhook(LoopbackPartner partner) => new() { ["url"] = partner.Url.ToString(), ["secret"] = LoopbackPartner.DefaultSecret };

    internal Task WritePartnersAsync(JsonObject partners) =>
        File.WriteAllTextAsync(PartnersFile, partners.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), Encoding.UTF8);

    public async ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        foreach (var partner in new[] { Meo, Stuck, Gone }.Where(partner => partner is not null))
        {
            await partner.DisposeAsync();
        }

        _directory.Dispose();
    }
}
