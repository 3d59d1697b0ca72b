using Npgsql;

namespace Syndication.Storage.Tests.Postgres;

/// <summary>
/// A database of its own on the test server (<c>SYNDICATION_TEST_POSTGRES</c>, which <c>./test.sh</c> sets
/// by starting <c>tests/postgres.sh</c>), dropped when the test class is done; each store in it lives in a
/// schema of its own. Without the variable every test that uses it fails, naming what to run.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "SYNDICATION_TEST_POSTGRES";

    private readonly string _server;

    public PostgresDatabase()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run ./test.sh, or by hand: export {Variable}=\"$(tests/postgres.sh start)\"");
        Name = "syndication_test_" + Guid.NewGuid().ToString("N");
        Execute(_server, $"CREATE DATABASE {Name}");
    }

    public string Name { get; }

    /// <summary>The connection string of a schema of this database, created if needed: a store's own tables.</summary>
    public string ConnectionString(string schema)
    {
        var database = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;
        Execute(database, $"CREATE SCHEMA IF NOT EXISTS {schema}");
        return new NpgsqlConnectionStringBuilder(database) { SearchPath = schema }.ConnectionString;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
