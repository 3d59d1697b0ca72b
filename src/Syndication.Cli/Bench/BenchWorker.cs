using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Syndication.Cli.Bench;

/// <summary>
/// The worker as it is deployed, in a process of its own: the build beside this program (so a Release CLI
/// runs a Release worker), the Production environment, its embedded broker, its store and partners file in
/// the bench's directory, Kestrel on a free loopback port. Disposing it kills it.
/// </summary>
/// <remarks>
/// Its output is read and dropped as it comes, keeping the last lines for an error message: a pipe nobody
/// reads fills up, and then the worker's logging blocks its requests.
/// </remarks>
internal sealed class BenchWorker : IDisposable
{
    private const int KeptLines = 30;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private BenchWorker(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The worker's assembly, built beside this program's.</summary>
    internal static string Dll => Path.Combine(AppContext.BaseDirectory, "Syndication.Worker.dll");

    internal Uri BaseUri { get; }

    internal HttpClient Http { get; }

    /// <summary>The last lines the worker wrote, for an error message.</summary>
    internal string LastOutput => string.Join('\n', _lastLines);

    /// <summary>Starts the worker with its store (and, beside it, its partners file) in <paramref name="directory"/>.</summary>
    internal static BenchWorker Start(string directory)
    {
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Dll, "--urls", baseUri.ToString().TrimEnd('/'), $"--Storage:Path={Path.Combine(directory, "syndication.db")}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var worker = new BenchWorker(process, baseUri);
        process.OutputDataReceived += (_, line) => worker.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => worker.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: partitions assigned, store open.</summary>
    internal async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {_process.ExitCode} before it was ready:\n{LastOutput}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The worker was not ready within {timeout.TotalSeconds:F0} s:\n{LastOutput}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // It never started.
        }

        Http.Dispose();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        while (_lastLines.Count > KeptLines && _lastLines.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
