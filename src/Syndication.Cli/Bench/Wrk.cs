using System.Diagnostics;
using System.Globalization;

namespace Syndication.Cli.Bench;

/// <summary>Debian's <c>wrk</c> (4.x), found on the PATH and run once per target and round.</summary>
internal static class Wrk
{
    /// <summary>The wrk executable on the PATH, or null.</summary>
    internal static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "wrk"))
            .FirstOrDefault(File.Exists);

    internal static async Task<WrkReport> RunAsync(string wrk, HttpBenchTarget target, WrkLoad load, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(wrk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"-t{load.Threads}");
        start.ArgumentList.Add($"-c{load.Connections}");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"-d{(int)load.Duration.TotalSeconds}s"));
        foreach (var header in target.Headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add(header);
        }

        start.ArgumentList.Add(target.Uri.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{wrk} did not start.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            var report = process.ExitCode == 0 ? WrkReport.Parse(text) : null;
            return report ?? throw new InvalidOperationException(
                $"wrk exited with {process.ExitCode} on {target.Name} ({target.Uri}) without a summary:\n{text}{await error.ConfigureAwait(false)}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
