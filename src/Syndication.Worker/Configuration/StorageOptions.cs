namespace Syndication.Worker.Configuration;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The embedded store: one SQLite file, one worker.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The shared store: one PostgreSQL database, any number of workers in one consumer group.</summary>
    public const string Postgres = "postgres";

    /// <summary>Which store: <see cref="Sqlite"/> (the default) or <see cref="Postgres"/>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite file; its directory is created. Read when <see cref="Provider"/> is <see cref="Sqlite"/>.</summary>
    public string Path { get; set; } = "data/syndication.db";

    /// <summary>The PostgreSQL connection string (<c>Host=...;Database=...;Username=...;Password=...</c>); required when <see cref="Provider"/> is <see cref="Postgres"/>.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
