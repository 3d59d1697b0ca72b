namespace Syndication.Core.Tests;

/// <summary>Reads the corpora in /work/shared, beside the repository, where they live (never copied in).</summary>
internal static class SharedFiles
{
    public const string Seed = "seed/000_9aadec0767a7df4a.txt";

    private static string Root => TestPaths.Shared;

    public static byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The names of the files in a folder, sorted, for a Theory over a corpus folder.</summary>
    public static IEnumerable<string> ListFiles(string relativeFolder) =>
        Directory.GetFiles(Path.Combine(Root, relativeFolder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The files in a shared folder that match <paramref name="searchPattern"/>, as paths relative to the shared root.</summary>
    public static IEnumerable<string> List(string relativeFolder, string searchPattern) =>
        Directory.GetFiles(Path.Combine(Root, relativeFolder), searchPattern)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'));

    /// <summary>The files under a shared folder whose names end with <paramref name="extension"/>, as paths relative to shared/, in order.</summary>
    public static IEnumerable<string> Files(string relativeFolder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(Root, relativeFolder), "*" + extension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
