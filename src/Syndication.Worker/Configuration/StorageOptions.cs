namespace Syndication.Worker.Configuration;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; its directory is created.</summary>
    public string Path { get; set; } = "data/syndication.db";
}
