namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>Where the repository, the shared corpora and the built programs are.</summary>
internal static class RepositoryPaths
{
    internal static string Root => TestPaths.Root;

    internal static string Shared => TestPaths.Shared;

    internal static string Seed => Path.Combine(Shared, "seed", "000_9aadec0767a7df4a.txt");

    internal static string AtomSchema => Path.Combine(Shared, "schemas", "atom", "atom.rnc");

    /// <summary>The build configuration this test assembly was built in (Debug, Release).</summary>
    private static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    internal static string WorkerDll => Built("Syndication.Worker", "Syndication.Worker.dll");

    internal static string CliDll => Built("Syndication.Cli", "syndication.dll");

    private static string Built(string project, string dll) =>
        Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", dll);
}
