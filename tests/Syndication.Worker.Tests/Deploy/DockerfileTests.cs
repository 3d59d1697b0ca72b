using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Deploy;

/// <summary>
/// <c>deploy/Dockerfile</c> read as text: there is no container engine here to build it, so what can drift
/// without one is checked (the paths it copies, the user, the health check).
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] s_lines = File.ReadAllLines(DeployFiles.File("Dockerfile"));

    [Fact]
    public void Dockerfile_BuildsInOneStageAndRunsInAnotherAsANonRootUser()
    {
        var stages = s_lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        stages.Count.ShouldBe(2);
        stages[0].ShouldContain("dotnet/sdk:10.0");
        stages[1].ShouldContain("dotnet/aspnet:10.0");
        var runtime = s_lines.SkipWhile(line => line != stages[1]).ToList();
        runtime.ShouldContain(line => line.StartsWith("COPY --from=build", StringComparison.Ordinal));
        var user = runtime.Last(line => line.StartsWith("USER ", StringComparison.Ordinal));
        user.ShouldNotContain("root");
        user.ShouldNotBe("USER 0");
    }

    [Fact]
    public void Dockerfile_HealthCheckAsksHealthLiveAndTheWorkerListensBeyondLoopback()
    {
        var text = string.Join('\n', s_lines);

        text.ShouldContain("HEALTHCHECK ");
        text.ShouldContain("GET /health/live");
        text.ShouldContain("ASPNETCORE_URLS=http://+:8080");
        text.ShouldContain("EXPOSE 8080");
        s_lines.Last(line => line.StartsWith("ENTRYPOINT", StringComparison.Ordinal)).ShouldContain("Syndication.Worker.dll");
    }

    [Fact]
    public void Dockerfile_EveryPathItCopiesFromTheRepositoryExists()
    {
        var sources = s_lines
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.StartsWith("COPY --from", StringComparison.Ordinal))
            .SelectMany(line => line["COPY ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        sources.ShouldNotBeEmpty();
        foreach (var source in sources)
        {
            var path = Path.Combine(RepositoryPaths.Root, source);
            (File.Exists(path) || Directory.Exists(path)).ShouldBeTrue($"COPY {source}: not in the repository");
        }

        foreach (var project in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, project).Replace('\\', '/');
            sources.ShouldContain(relative, $"{relative} is not copied before the restore: its packages would be restored with every code change, or not at all");
        }
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndLocalDataOutOfTheContext()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore"));

        ignored.ShouldContain("**/bin/");
        ignored.ShouldContain("**/obj/");
        ignored.ShouldContain("*.db");
        ignored.ShouldContain(".git/");
    }
}
