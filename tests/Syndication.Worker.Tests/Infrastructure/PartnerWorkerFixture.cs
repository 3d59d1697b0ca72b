using System.Text;
using System.Text.Json.Nodes;
using Syndication.Core.Partners;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// One worker with a partners file beside its store: meo (NITF, known as The Middle East Online, the seed's
/// exclusive partner), acme (ninjs), gee (NewsML-G2), tmpl (a Liquid template) and slow (three requests a
/// minute), each with a key of its own; the publisher is "Syndication Wire".
/// </summary>
public sealed class PartnerWorkerFixture : IAsyncLifetime
{
    internal const string Publisher = "Syndication Wire";

    private readonly TemporaryDirectory _directory = new();
    private WorkerProcess? _worker;

    internal WorkerProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal IReadOnlyDictionary<string, string> Keys { get; } = new[] { "meo", "acme", "gee", "tmpl", "slow" }.ToDictionary(id => id, _ => PartnerKey.Generate());

    internal string PartnersFile => _directory.File("partners.json");

    internal string StorePath => _directory.File("syndication.db");

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(_directory.File("story.liquid"), "<article><h1>{{ story.headline }}</h1>{{ story.body_html }}<p>{{ story.rights }}</p></article>");
        await WritePartnersAsync(Partners());
        _worker = await WorkerProcess.StartAsync(StorePath, null, $"--Syndication:Publisher={Publisher}");
    }

    /// <summary>The partners file's JSON, for a test to change and write back.</summary>
    internal JsonObject Partners() => new()
    {
        ["templates"] = new JsonObject { ["article"] = new JsonObject { ["file"] = "story.liquid", ["mediaType"] = "text/html" } },
        ["partners"] = new JsonArray(
            Partner("meo", "The Middle East Online", ["The Middle East Online", "Middle East Online"], "nitf", 6000),
            Partner("acme", "Acme News", ["Acme News"], "ninjs", 6000),
            Partner("gee", "Gee Media", ["Gee Media"], "newsmlg2", 6000),
            Partner("tmpl", "Template Times", ["Template Times"], "template:article", 6000),
            Partner("slow", "Slow Daily", ["Slow Daily"], "ninjs", 3)),
    };

    internal Task WritePartnersAsync(JsonObject partners) =>
        File.WriteAllTextAsync(PartnersFile, partners.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), Encoding.UTF8);

    public ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private JsonObject Partner(string id, string name, string[] knownAs, string storyFormat, int perMinute) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["knownAs"] = new JsonArray([.. knownAs.Select(n => JsonValue.Create(n))]),
        ["keys"] = new JsonArray(PartnerKey.Hash(Keys[id])),
        ["storyFormat"] = storyFormat,
        ["feeds"] = new JsonArray(
            Feed("world", "rss", new JsonObject { ["languages"] = new JsonArray("en") }),
            Feed("all", "atom", new JsonObject()),
            Feed("json", "jsonfeed", new JsonObject()),
            Feed("markets", "rss", new JsonObject { ["keywords"] = new JsonArray("markets") })),
        ["rateLimit"] = new JsonObject { ["perMinute"] = perMinute },
    };

    private static JsonObject Feed(string name, string format, JsonObject filter) => new() { ["name"] = name, ["format"] = format, ["filter"] = filter };
}
