namespace Syndication.Core.Tests;

/// <summary>Rendered outputs in a fresh temporary folder, for the validators and readers that take a path; removed afterwards.</summary>
internal sealed class RenderedFiles : IDisposable
{
    public RenderedFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "syndication-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> in the folder and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
