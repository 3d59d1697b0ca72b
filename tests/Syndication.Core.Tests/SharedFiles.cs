namespace Syndication.Core.Tests;

/// <summary>Reads the corpora in /work/shared, beside the repository, where they live (never copied in).</summary>
internal static class SharedFiles
{
    public const string Seed = "seed/000_9aadec0767a7df4a.txt";

    private static readonly Lazy<string> s_root = new(FindSharedRoot);

    public static byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(s_root.Value, relativePath));

    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(s_root.Value, relativePath));

    /// <summary>The names of the files in a folder, sorted, for a Theory over a corpus folder.</summary>
    public static IEnumerable<string> ListFiles(string relativeFolder) =>
        Directory.GetFiles(Path.Combine(s_root.Value, relativeFolder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The files in a shared folder that match <paramref name="searchPattern"/>, as paths relative to the shared root.</summary>
    public static IEnumerable<string> List(string relativeFolder, string searchPattern) =>
        Directory.GetFiles(Path.Combine(s_root.Value, relativeFolder), searchPattern)
            .Select(path => Path.GetRelativePath(s_root.Value, path).Replace('\\', '/'));

    /// <summary>The files under a shared folder whose names end with <paramref name="extension"/>, as paths relative to shared/, in order.</summary>
    public static IEnumerable<string> Files(string relativeFolder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(s_root.Value, relativeFolder), "*" + extension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(s_root.Value, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string FindSharedRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Syndication.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException($"No Syndication.sln above {AppContext.BaseDirectory}.");
    }
}
