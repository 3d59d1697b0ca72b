using Microsoft.Data.Sqlite;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

/// <summary>
/// A SQLite test class's files: a fresh directory, the store's file in it (<see cref="StorePath"/>, under
/// <paramref name="subdirectory"/> when given), other stores beside it by name, and SQL run on the file directly.
/// </summary>
internal sealed class SqliteTestFiles(string? subdirectory = null) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));

    internal string StorePath => subdirectory is null ? Path.Combine(_directory, "syndication.db") : Path.Combine(_directory, subdirectory, "syndication.db");

    /// <summary>The contract's store named <paramref name="name"/>: <see cref="StorePath"/> for the default name, a file beside it otherwise.</summary>
    internal IStoryStore Open(TimeProvider time, NearDuplicateSettings? nearDuplicates, string name) =>
        SqliteStoryStore.Open(name == "syndication" ? StorePath : Path.Combine(_directory, name + ".db"), time, nearDuplicates);

    internal long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    internal void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
