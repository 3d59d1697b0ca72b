using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Syndication.Core.Partners;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// One worker (embedded broker) whose partners subscribe to their feeds by WebSub: meo (Atom feed "all",
/// RSS feed "world") and acme (Atom feed "all"), each with a key of its own and a short retry policy.
/// Near-duplicate detection is off: the test stories differ in little but their numbers. Private callbacks
/// are allowed: the subscribers are on loopback.
/// </summary>
public sealed class WebSubWorkerFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private WorkerProcess? _worker;

    internal WorkerProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal IReadOnlyDictionary<string, string> Keys { get; } = new[] { "meo", "acme" }.ToDictionary(id => id, _ => PartnerKey.Generate());

    public async ValueTask InitializeAsync()
    {
        var partners = new JsonObject
        {
            ["partners"] = new JsonArray(
                Partner("meo", "The Middle East Online", Feed("all", "atom"), Feed("world", "rss")),
                Partner("acme", "Acme News", Feed("all", "atom"))),
        };
        await File.WriteAllTextAsync(_directory.File("partners.json"), partners.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), Encoding.UTF8);
        _worker = await WorkerProcess.StartAsync(_directory.File("syndication.db"), null, "--Syndication:Publisher=Syndication Wire", "--Dedup:Window=00:00:00", "--WebSub:AllowPrivateCallbacks=true");
    }

    public ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private JsonObject Partner(string id, string name, params JsonObject[] feeds) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["knownAs"] = new JsonArray(name),
        ["keys"] = new JsonArray(PartnerKey.Hash(Keys[id])),
        ["storyFormat"] = "ninjs",
        ["feeds"] = new JsonArray(feeds),
        ["rateLimit"] = new JsonObject { ["perMinute"] = 6000 },
        ["retry"] = DeliveryWorkerFixture.QuickRetry(),
    };

    private static JsonObject Feed(string name, string format) => new() { ["name"] = name, ["format"] = format, ["filter"] = new JsonObject() };
}
