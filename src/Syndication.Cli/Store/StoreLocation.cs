using Microsoft.Extensions.Configuration;
using Syndication.Worker.Configuration;

namespace Syndication.Cli.Store;

/// <summary>Where the commands that write to the store find it: <c>--store</c>, else where the worker looks.</summary>
internal static class StoreLocation
{
    /// <summary>
    /// The SQLite file <c>--store</c> names; else the store the environment names as the worker reads it
    /// (<c>Storage__Provider</c>, <c>Storage__ConnectionString</c>, <c>Storage__Path</c>), else data/syndication.db.
    /// </summary>
    internal static StorageOptions Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new StorageOptions { Provider = StorageOptions.Sqlite, Path = option };
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
    }

    /// <summary>Whether there is a store to write to: a SQLite file must exist (a command never creates one); a database is asked when opened.</summary>
    internal static bool Exists(StorageOptions storage) => storage.IsPostgres || File.Exists(storage.Path);

    /// <summary>How the store is named in messages: the file, or the database without its connection string's secrets.</summary>
    internal static string Describe(StorageOptions storage) =>
        storage.IsPostgres ? new Npgsql.NpgsqlConnectionStringBuilder(storage.ConnectionString) { Password = null }.ToString() : storage.Path;
}
