namespace Syndication.Worker.Configuration;

/// <summary>The <c>Partners</c> configuration section.</summary>
public sealed class PartnersOptions
{
    public const string Section = "Partners";

    public const string DefaultFileName = "partners.json";

    /// <summary>The partners file; unset, <see cref="DefaultFileName"/> beside the store.</summary>
    public string? Path { get; set; }

    /// <summary>The partners file: <see cref="Path"/>, or <c>partners.json</c> in the directory of <c>Storage:Path</c>.</summary>
    public string FilePath(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return string.IsNullOrWhiteSpace(Path)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(storage.Path) ?? "", DefaultFileName)
            : Path;
    }
}
