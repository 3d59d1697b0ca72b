using Syndication.Storage;
using Syndication.Storage.Postgres;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Pipeline;

/// <summary>Opens the store <c>Storage:Provider</c> names: the worker's and the command line's one way in.</summary>
public static class StoryStoreFactory
{
    public static IStoryStore Open(StorageOptions options, TimeProvider time, NearDuplicateSettings? nearDuplicates = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsPostgres
            ? PostgresStoryStore.Open(options.ConnectionString!, time, nearDuplicates)
            : SqliteStoryStore.Open(options.Path, time, nearDuplicates);
    }
}
