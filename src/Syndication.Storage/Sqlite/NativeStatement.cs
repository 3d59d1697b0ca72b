using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Syndication.Storage.Sqlite;

/// <summary>
/// A statement prepared once on a connection's own SQLite handle, its parameters bound by position: what
/// the write path runs for every story.
/// </summary>
/// <remarks>
/// Implementation note: Microsoft.Data.Sqlite runs a prepared command through a data reader and binds each
/// parameter by looking its name up in the statement again; for the three inserts each story costs, that was
/// about as much as SQLite's own work. This is the layer it is built on (SQLitePCLRaw), used for the hot
/// inserts only; reads and the rest of the writes stay on <see cref="SqliteCommand"/>. The statement runs
/// in whatever transaction the connection has open, and errors surface as <see cref="SqliteException"/>
/// like the library's own.
/// </remarks>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public NativeStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v3(_database, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement, out var tail));
        if (!string.IsNullOrWhiteSpace(tail))
        {
            throw new ArgumentException("One statement only.", nameof(sql));
        }
    }

    /// <summary>Binds the parameter at <paramref name="index"/> (from 1, in the order the SQL names them).</summary>
    public NativeStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public NativeStatement Bind(int index, long? value) => value is { } known ? Bind(index, known) : BindNull(index);

    public NativeStatement Bind(int index, bool value) => Bind(index, value ? 1L : 0L);

    public NativeStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));
        return this;
    }

    public NativeStatement Bind(int index, ReadOnlySpan<byte> blob)
    {
        Check(raw.sqlite3_bind_blob(_statement, index, blob));
        return this;
    }

    /// <summary>Runs the statement with the values bound; the rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }

            return raw.sqlite3_changes(_database);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private NativeStatement BindNull(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
