namespace Syndication.Tests.Shared;

/// <summary>Rendered bytes in a temporary file, for a validator that reads files; deleted when disposed.</summary>
internal sealed class RenderedFile : IDisposable
{
    private RenderedFile(string path) => Path = path;

    public string Path { get; }

    public static RenderedFile Write(byte[] bytes, string extension)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"syndication-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return new RenderedFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
