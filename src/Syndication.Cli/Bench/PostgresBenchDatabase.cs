using Npgsql;

namespace Syndication.Cli.Bench;

/// <summary>A fresh database on the PostgreSQL server the bench was given, for one pipeline run; dropped after it.</summary>
internal sealed class PostgresBenchDatabase : IDisposable
{
    private readonly string _server;
    private readonly string _name;

    private PostgresBenchDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The new database's connection string.</summary>
    internal string ConnectionString { get; }

    /// <summary>Creates a database on the server <paramref name="server"/> (a connection string whose user may create databases) names.</summary>
    internal static PostgresBenchDatabase Create(string server)
    {
        var database = new PostgresBenchDatabase(server, $"syndication_bench_{Guid.NewGuid():N}");
        database.Execute($"CREATE DATABASE {database._name}");
        return database;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
