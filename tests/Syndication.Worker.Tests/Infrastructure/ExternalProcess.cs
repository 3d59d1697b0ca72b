using System.Collections.Concurrent;
using System.Diagnostics;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>A child process whose output is kept for assertions and which dies with the test.</summary>
internal sealed class ExternalProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ExternalProcess(Process process)
    {
        _process = process;
    }

    internal string Output => string.Join('\n', _lines);

    internal bool HasExited => _process.HasExited;

    internal int ExitCode => _process.ExitCode;

    internal int Id => _process.Id;

    internal static ExternalProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var external = new ExternalProcess(process);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) { external._lines.Enqueue(line.Data); } };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { external._lines.Enqueue(line.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return external;
    }

    /// <summary>Waits for a line of output that satisfies <paramref name="match"/>, and returns it.</summary>
    internal async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                await Task.Delay(100);
                return _lines.FirstOrDefault(match) ?? throw new InvalidOperationException($"Process exited ({_process.ExitCode}) first:\n{Output}");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching line within {timeout}:\n{Output}");
    }

    internal async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    internal void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
