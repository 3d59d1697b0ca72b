using Microsoft.Data.Sqlite;
using Syndication.Storage.Sqlite;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class NativeStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public NativeStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL, b BLOB, note TEXT)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Execute_BoundValues_StoresEachInItsColumn()
    {
        using var insert = new NativeStatement(_connection, "INSERT INTO t (id, n, b, note) VALUES (?1, ?2, ?3, ?4)");

        insert.Bind(1, "dépêche ’quoted’").Bind(2, 42L).Bind(3, [1, 2, 3]).Bind(4, (string?)null).Execute().ShouldBe(1);

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT id, n, b, note IS NULL FROM t";
        using var reader = read.ExecuteReader();
        reader.Read().ShouldBeTrue();
        reader.GetString(0).ShouldBe("dépêche ’quoted’");
        reader.GetInt64(1).ShouldBe(42);
        ((byte[])reader.GetValue(2)).ShouldBe(new byte[] { 1, 2, 3 });
        reader.GetBoolean(3).ShouldBeTrue();
    }

    [Fact]
    public void Execute_ConflictIgnored_ReturnsNoChangedRows()
    {
        using var insert = new NativeStatement(_connection, "INSERT INTO t (id, n) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING");

        insert.Bind(1, "a").Bind(2, 1L).Execute().ShouldBe(1);
        insert.Bind(1, "a").Bind(2, 2L).Execute().ShouldBe(0);
    }

    [Fact]
    public void Execute_ConstraintViolated_ThrowsSqliteExceptionAndTheStatementRunsAgainAfter()
    {
        using var insert = new NativeStatement(_connection, "INSERT INTO t (id, n) VALUES (?1, ?2)");
        insert.Bind(1, "a").Bind(2, 1L).Execute();

        var refused = Should.Throw<SqliteException>(() => insert.Bind(1, "a").Bind(2, 1L).Execute());

        refused.SqliteErrorCode.ShouldBe(19); // SQLITE_CONSTRAINT
        insert.Bind(1, "b").Bind(2, 2L).Execute().ShouldBe(1);
    }

    [Fact]
    public void Execute_AnotherWriterHoldsTheLock_ThrowsBusySoTheCallerCanRetry()
    {
        var path = Path.Combine(Path.GetTempPath(), $"syndication-native-{Guid.NewGuid():N}.db");
        try
        {
            using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
            using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                holder.Open();
                Run(holder, "PRAGMA journal_mode=WAL; CREATE TABLE t (n INTEGER)");
                writer.Open();
                Run(writer, "PRAGMA busy_timeout=0");
                using var insert = new NativeStatement(writer, "INSERT INTO t (n) VALUES (?1)");
                Run(holder, "BEGIN IMMEDIATE");

                Should.Throw<SqliteException>(() => insert.Bind(1, 1L).Execute()).SqliteErrorCode.ShouldBe(5); // SQLITE_BUSY

                Run(holder, "ROLLBACK");
                insert.Bind(1, 1L).Execute().ShouldBe(1);
            }
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void Constructor_MoreThanOneStatement_IsRefused() =>
        Should.Throw<ArgumentException>(() => new NativeStatement(_connection, "DELETE FROM t; DELETE FROM t"));

    public void Dispose() => _connection.Dispose();

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
