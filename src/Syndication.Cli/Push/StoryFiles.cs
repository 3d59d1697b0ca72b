namespace Syndication.Cli.Push;

/// <summary>Expands the files and directories named on the command line into files, in a stable order.</summary>
internal static class StoryFiles
{
    internal static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }

        return files;
    }
}
