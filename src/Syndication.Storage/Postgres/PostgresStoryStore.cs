using Npgsql;
using Syndication.Core.Dedup;
using Syndication.Storage.NearDuplicates;

namespace Syndication.Storage.Postgres;

/// <summary>
/// The shared store: one PostgreSQL database holding what <see cref="Sqlite.SqliteStoryStore"/> holds, for
/// any number of workers in one consumer group. Writing is in <c>PostgresStoryStore.Writing.cs</c>,
/// reading in <c>PostgresStoryStore.Reading.cs</c>, subscriptions in <c>PostgresStoryStore.Subscriptions.cs</c>.
/// </summary>
/// <remarks>
/// Implementation note: every write that gives out a sequence (a batch's commit, a route, a replay) takes
/// one transaction-scoped advisory lock first, so the workers' commits run one at a time, as SQLite's
/// single writer does. Sequences then become visible in the order they count: a lane that read the
/// outbox through entry 11 can never see an entry 10 commit after it, which sequences given out by
/// concurrent transactions would allow; and the item version race is gone: the worker that holds the lock
/// reads an item's current version and replaces it with no other commit in between, and a story both
/// workers consumed is found stored by the second (its content id is unique besides, so a writer that
/// skipped the lock would fail, not store it twice). Each commit first loads the near-duplicate signatures
/// other workers stored since this one last looked (by <c>signature_batches.last_seq</c>), so the index
/// of every worker sees every story. The cost: commits do not overlap across workers; decoding, which is
/// most of the work, still does, on each worker's own partitions.
/// </remarks>
public sealed partial class PostgresStoryStore : SqlStoryStore, IStoryStore
{

    /// <summary>The advisory lock key of the writers' commits ("Syndicat" in ASCII).</summary>
    private const long WriterLock = 0x53796E6469636174;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly NearDuplicateSettings _nearDuplicateSettings;
    private readonly NearDuplicateWindow? _window;

    /// <summary>The last signature batch the window has seen, stored by any worker.</summary>
    private long _signaturesSeen;

    private PostgresStoryStore(NpgsqlDataSource dataSource, TimeProvider time, NearDuplicateSettings nearDuplicates, string location)
    {
        _dataSource = dataSource;
        _time = time;
        _nearDuplicateSettings = nearDuplicates;
        Location = location;
        Migrate();
        if (!nearDuplicates.IsOff)
        {
            using var connection = _dataSource.OpenConnection();
            _window = new NearDuplicateWindow(nearDuplicates, WindowSize(connection));
            LoadSignatures(connection, null);
        }
    }

    public string Location { get; }

    public bool FindsNearDuplicates => _window is not null;

    /// <summary>Opens the store in the database <paramref name="connectionString"/> names, creating its tables if needed.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...;Username=...</c>).</param>
    /// <param name="time">The clock: when stories are stored, and what the near-duplicate window is.</param>
    /// <param name="nearDuplicates">How near duplicates are found and treated; <see cref="NearDuplicateSettings.Default"/> when null.</param>
    public static PostgresStoryStore Open(string connectionString, TimeProvider time, NearDuplicateSettings? nearDuplicates = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            return new PostgresStoryStore(dataSource, time, nearDuplicates ?? NearDuplicateSettings.Default, location);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public void Dispose() => _dataSource.Dispose();

    /// <summary>Creates the tables; two workers starting at once take turns.</summary>
    private void Migrate()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
        Execute(connection, transaction, PostgresSchema.Create);
        using var version = new NpgsqlCommand("SELECT MAX(version) FROM schema_version", connection, transaction);
        var found = version.ExecuteScalar() as int?;
        if (found > PostgresSchema.Version)
        {
            throw new InvalidOperationException(
                $"The store was written by a newer Syndication (schema {found}; this one reads up to {PostgresSchema.Version}). Upgrade, or point Storage:ConnectionString at another database.");
        }

        if (found is null)
        {
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({PostgresSchema.Version})");
        }

        transaction.Commit();
    }

    /// <summary>How many signatures the window starts with: what it sizes its index for.</summary>
    private int WindowSize(NpgsqlConnection connection)
    {
        using var count = new NpgsqlCommand("SELECT COALESCE(SUM(count), 0)::bigint FROM signature_batches WHERE stored_at_ms >= $1", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = WindowStart() });
        return (int)Math.Min((long)count.ExecuteScalar()!, LshBandIndex.MaxStories);
    }

    private long WindowStart() => _time.GetUtcNow().ToUnixTimeMilliseconds() - (long)_nearDuplicateSettings.Window.TotalMilliseconds;

    /// <summary>Loads into the window the signatures stored (by any worker) since it last looked.</summary>
    private void LoadSignatures(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var rows = new NpgsqlCommand(
            "SELECT last_seq, stored_at_ms, signatures FROM signature_batches WHERE last_seq > $1 AND stored_at_ms >= $2 ORDER BY last_seq",
            connection,
            transaction);
        rows.Parameters.Add(new NpgsqlParameter { Value = _signaturesSeen });
        rows.Parameters.Add(new NpgsqlParameter { Value = WindowStart() });
        using var reader = rows.ExecuteReader();
        while (reader.Read())
        {
            var storedAt = reader.GetInt64(1);
            SignatureBatch.Read(reader.GetFieldValue<byte[]>(2), (sequence, signature) =>
            {
                // A signature of another version (or length) is skipped: it cannot be compared with today's.
                if (signature.Length == MinHashSignature.ByteLength && signature[0] == MinHashSignature.Version)
                {
                    _window!.Load(sequence, MinHashSignature.FromBytes(signature), storedAt);
                }
            });
            _signaturesSeen = reader.GetInt64(0);
        }
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>A command with positional parameters <c>$1</c>, <c>$2</c>, ... bound to <paramref name="values"/>.</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
