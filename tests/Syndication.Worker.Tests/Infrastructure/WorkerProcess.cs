using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>The worker as it runs in production: its own process, real Kestrel on loopback, real Kafka and SQLite.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly ExternalProcess _process;

    private WorkerProcess(ExternalProcess process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    internal Uri BaseUri { get; }

    internal HttpClient Http { get; }

    internal string Output => _process.Output;

    internal ExternalProcess Process => _process;

    /// <summary>Starts a worker and waits until it is ready (partitions assigned, store open).</summary>
    internal static async Task<WorkerProcess> StartAsync(string storePath, string? bootstrapServers = null, params string[] extraArguments)
    {
        var worker = Launch(storePath, bootstrapServers, extraArguments);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(60));
        return worker;
    }

    /// <summary>Starts a worker with environment variables of its own and waits until it is ready.</summary>
    internal static async Task<WorkerProcess> StartWithEnvironmentAsync(string storePath, IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        var worker = Launch(storePath, null, extraArguments, environment);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(60));
        return worker;
    }

    internal static WorkerProcess Launch(string storePath, string? bootstrapServers, IEnumerable<string> extraArguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort.Next();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        List<string> arguments = [RepositoryPaths.WorkerDll, "--urls", baseUri.ToString().TrimEnd('/'), $"--Storage:Path={storePath}", "--Kafka:SessionTimeoutMs=3000"];
        if (bootstrapServers is not null)
        {
            arguments.Add($"--Kafka:BootstrapServers={bootstrapServers}");
        }

        arguments.AddRange(extraArguments);
        return new WorkerProcess(ExternalProcess.Start("dotnet", arguments, environment), baseUri);
    }

    internal async Task WaitReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Worker exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Worker not ready within {timeout}:\n{Output}");
    }

    internal async Task<JsonElement> StatusAsync()
    {
        var json = await Http.GetStringAsync(new Uri("status.json", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>Polls <c>/status.json</c> until <paramref name="done"/> holds; returns the last status.</summary>
    internal async Task<JsonElement> WaitForStatusAsync(Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        JsonElement status = default;
        while (clock.Elapsed < timeout)
        {
            status = await StatusAsync();
            if (done(status))
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Status never matched within {timeout}; last: {status}\n{Output}");
    }

    internal static long Stories(JsonElement status, string counter) => status.GetProperty("stories").GetProperty(counter).GetInt64();

    internal void Kill() => _process.Kill();

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }
}
