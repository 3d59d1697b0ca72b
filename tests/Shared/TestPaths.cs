namespace Syndication.Tests.Shared;

/// <summary>Where the repository is, and beside it the shared corpora and schemas (read there, never copied in).</summary>
internal static class TestPaths
{
    internal static string Root { get; } = FindRoot();

    internal static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    internal static string Schema(string relativePath) => Path.Combine(Shared, "schemas", relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Syndication.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Syndication.sln not found above " + AppContext.BaseDirectory);
    }
}
