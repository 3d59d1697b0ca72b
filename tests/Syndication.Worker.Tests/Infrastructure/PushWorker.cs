using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// A worker of a test's own (its embedded broker, a fresh store) pushing by webhook to the given loopback
/// partners (ninjs, quick retry policies), and the built <c>syndication dlq</c> run against its broker and
/// store, the way an operator would while it runs.
/// </summary>
internal sealed class PushWorker : IDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory _directory;

    private PushWorker(TemporaryDirectory directory, WorkerProcess worker, string bootstrapServers)
    {
        _directory = directory;
        Worker = worker;
        BootstrapServers = bootstrapServers;
    }

    internal WorkerProcess Worker { get; }

    internal string BootstrapServers { get; }

    internal string StorePath => _directory.File("syndication.db");

    /// <summary>Starts a worker whose partners are <paramref name="partners"/>, each pushed to by webhook.</summary>
    internal static Task<PushWorker> StartAsync(params (string Id, LoopbackPartner Partner)[] partners) => StartAsync(false, partners);

    /// <summary>Starts a worker whose partners are <paramref name="partners"/>, each pushed to by webhook and, with <paramref name="topics"/>, its partner topic too.</summary>
    internal static async Task<PushWorker> StartAsync(bool topics, params (string Id, LoopbackPartner Partner)[] partners)
    {
        var directory = new TemporaryDirectory();
        var file = new JsonObject
        {
            ["partners"] = new JsonArray([.. partners.Select(partner => (JsonNode)Partner(partner.Id, partner.Partner, topics))]),
        };
        await File.WriteAllTextAsync(directory.File("partners.json"), file.ToJsonString(), Encoding.UTF8);
        // Near-duplicate detection off: test stories differ in little but their tags, and a linked near
        // duplicate is not pushed.
        var worker = await WorkerProcess.StartAsync(directory.File("syndication.db"), null, "--Dedup:Window=00:00:00");
        var bootstrap = (await worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;
        return new PushWorker(directory, worker, bootstrap);
    }

    /// <summary>
    /// A partner with a quick policy whose circuit does not open within a test: a test's few refusals would
    /// otherwise trip it (any failed attempt counts) and hold the lane for the break.
    /// </summary>
    private static JsonObject Partner(string id, LoopbackPartner partner, bool topic)
    {
        var retry = DeliveryWorkerFixture.QuickRetry();
        retry["breaker"] = new JsonObject { ["minimumThroughput"] = 1000 };
        var push = new JsonObject { ["webhook"] = DeliveryWorkerFixture.Webhook(partner) };
        if (topic)
        {
            push["kafka"] = new JsonObject();
        }

        var entry = DeliveryWorkerFixture.Partner(id, id + " News", "ninjs", push);
        entry["retry"] = retry;
        return entry;
    }

    internal async Task IngestAsync(byte[] story)
    {
        using var response = await Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(story), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary><c>syndication dlq ARGUMENTS --bootstrap</c> this worker's broker (and <c>--store</c> its store, for a replay).</summary>
    internal Task<(int ExitCode, string Output)> DlqAsync(params string[] arguments) => Dlq(BootstrapServers, arguments[0] == "replay" ? [.. arguments, "--store", StorePath] : arguments);

    /// <summary>The built CLI's <c>dlq</c> against a broker: its exit code and what it wrote.</summary>
    internal static async Task<(int ExitCode, string Output)> Dlq(string bootstrapServers, params string[] arguments)
    {
        using var cli = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "dlq", .. arguments, "--bootstrap", bootstrapServers]);
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(1));
        return (exit, cli.Output);
    }

    /// <summary>Waits until the lane to <paramref name="partner"/> has dead-lettered <paramref name="count"/> deliveries (the broker has them).</summary>
    internal Task<JsonElement> DeadLetteredAsync(string partner, int count = 1) =>
        Worker.WaitForStatusAsync(status => Lane(status, partner, "deadLettered") >= count, s_wait);

    /// <summary>Waits until every lane has handled the whole outbox; returns the status then.</summary>
    internal Task<JsonElement> IdleAsync() =>
        Worker.WaitForStatusAsync(
            status => status.GetProperty("deliveries").EnumerateObject().All(partner => partner.Value.EnumerateObject().All(lane => lane.Value.GetProperty("lag").GetInt64() == 0)),
            s_wait);

    /// <summary>A lane's counter on <c>/status.json</c>: <c>delivered</c> or <c>deadLettered</c>.</summary>
    internal static long Lane(JsonElement status, string partner, string counter) =>
        status.GetProperty("deliveries").GetProperty(partner).GetProperty("webhook").GetProperty(counter).GetInt64();

    public void Dispose()
    {
        Worker.Dispose();
        _directory.Dispose();
    }
}
