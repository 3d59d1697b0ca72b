namespace Syndication.Benchmarks;

/// <summary>Real inputs for the benchmarks, read from the shared folder beside the repository.</summary>
internal static class BenchmarkInputs
{
    internal static byte[] Seed() => Shared("seed/000_9aadec0767a7df4a.txt");

    /// <summary>A file under the shared folder, by its path relative to it ("corpora/superdesk/nitf/aap.xml").</summary>
    internal static byte[] Shared(string relativePath) => File.ReadAllBytes(Path.Combine(SharedFolder(), relativePath));

    private static string SharedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Syndication.sln")))
            {
                return Path.Combine(directory.FullName, "..", "shared");
            }
        }

        throw new InvalidOperationException("Syndication.sln not found above " + AppContext.BaseDirectory);
    }
}
