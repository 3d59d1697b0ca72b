namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>Debian's headless <c>chromium</c>: what a browser makes of a page, as a screenshot and as its rendered DOM.</summary>
internal static class Chromium
{
    private const string Program = "chromium";

    /// <summary>Writes a PNG of <paramref name="url"/> at 1280×2000 to <paramref name="file"/>.</summary>
    internal static async Task ScreenshotAsync(Uri url, string file)
    {
        var (exitCode, output) = await RunAsync(["--screenshot=" + file, "--window-size=1280,2000", url.ToString()]);
        exitCode.ShouldBe(0, output);
        File.Exists(file).ShouldBeTrue(output);
    }

    /// <summary>The DOM of <paramref name="url"/> after the browser parsed and laid it out, serialized.</summary>
    internal static async Task<string> DumpDomAsync(Uri url)
    {
        var (exitCode, output) = await RunAsync(["--dump-dom", url.ToString()]);
        exitCode.ShouldBe(0, output);
        return output;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        if (!IsInstalled())
        {
            throw new InvalidOperationException("chromium is not installed: apt-get install chromium (test.sh installs it).");
        }

        // Chromium writes its complaints about the missing D-Bus to standard error; ExternalTool appends
        // them after the output, so the DOM still parses.
        return await ExternalTool.RunAsync(Program, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", .. arguments]);
    }

    private static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(directory => File.Exists(Path.Combine(directory, Program)));
}
