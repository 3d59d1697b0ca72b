using System.Globalization;
using Microsoft.Data.Sqlite;
using Syndication.Core.Dedup;
using Syndication.Storage.NearDuplicates;

namespace Syndication.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file holding stories (each a version of an item), the items, the
/// consumed offsets that produced them and the running counters, all written in one transaction per batch.
/// Writing is in <c>SqliteStoryStore.Writing.cs</c>, reading in <c>SqliteStoryStore.Reading.cs</c>.
/// </summary>
/// <remarks>
/// Implementation note: WAL with <c>synchronous=NORMAL</c> survives a killed process (the WAL is in the OS's
/// hands once a transaction commits) but may lose the last transactions on power loss; the consumer then
/// replays them from Kafka, so nothing is lost, only re-read. One writer connection is kept open with its
/// prepared statements, and it alone holds the in-memory parts of the store (the near-duplicate index of
/// the window, the keys of recent items, the next sequence); readers take pooled connections of their own
/// and never block the writer. Checkpoints (copying the WAL back into the database, with its fsync) run
/// on a timer from a connection of their own instead of inside whichever commit crosses SQLite's
/// threshold, so the ingest path never waits for them; a passive checkpoint never blocks the writer.
/// </remarks>
public sealed partial class SqliteStoryStore : SqlStoryStore, IStoryStore
{

    private static readonly TimeSpan s_checkpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly SqliteConnection _writer;
    private readonly WriterStatements _statements;
    private readonly NearDuplicateSettings _nearDuplicateSettings;
    private readonly NearDuplicateWindow? _window;
    private readonly RecentItemKeys _recentItems = new();
    private readonly ItemKeyFilter _keyedItems = new();
    private readonly ITimer _checkpoints;
    private long _nextSequence;

    private SqliteStoryStore(string connectionString, TimeProvider time, NearDuplicateSettings nearDuplicates)
    {
        _connectionString = connectionString;
        _time = time;
        _nearDuplicateSettings = nearDuplicates;
        _writer = new SqliteConnection(connectionString);
        _writer.Open();
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;");
        Migrate(_writer);
        _statements = new WriterStatements(_writer);
        _nextSequence = NextSequence(_writer);
        LoadRecentItems();
        LoadKeyedItems();
        _window = nearDuplicates.IsOff ? null : LoadWindow();
        _checkpoints = time.CreateTimer(_ => Checkpoint(), null, s_checkpointInterval, s_checkpointInterval);
    }

    public bool FindsNearDuplicates => _window is not null;

    /// <summary>The SQLite file this store writes.</summary>
    public string Path { get; private init; } = "";

    public string Location => Path;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>, and its directory.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="time">The clock: when stories are stored, and what the near-duplicate window is.</param>
    /// <param name="nearDuplicates">How near duplicates are found and treated; <see cref="NearDuplicateSettings.Default"/> when null.</param>
    public static SqliteStoryStore Open(string path, TimeProvider time, NearDuplicateSettings? nearDuplicates = null)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // A locked database fails a command after this long, so the caller's retry can log and back off
            // instead of the driver spinning silently for its default 30 seconds.
            DefaultTimeout = 5,
        }.ToString();
        return new SqliteStoryStore(connectionString, time, nearDuplicates ?? NearDuplicateSettings.Default) { Path = fullPath };
    }

    /// <summary>Copies committed transactions from the WAL into the database file, without blocking the writer.</summary>
    public void Checkpoint()
    {
        try
        {
            using var connection = OpenReader();
            Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
        }
        catch (SqliteException)
        {
            // A checkpoint that cannot run now runs at the next tick; the WAL only grows meanwhile.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _checkpoints.Dispose();
        lock (_writeGate)
        {
            _statements.Dispose();
            _writer.Dispose();
        }
    }

    /// <summary>
    /// The key items are found by: the first 64 bits of an item id (hex, as <see cref="Core.Versions.ItemId"/>
    /// makes them), or of the SHA-256 of an id that is not (a content id from a version 1 store).
    /// </summary>
    /// <remarks>
    /// Two items sharing 64 bits (about one chance in 10^7 among a million items) would be found as one;
    /// a lookup checks the full id, and the second is then stored as an item of its own without a key.
    /// </remarks>
    internal static long ItemKey(string itemId)
    {
        if (itemId.Length >= 16 && long.TryParse(itemId.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key))
        {
            return key;
        }

        Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(itemId), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    private static long NextSequence(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) + 1 FROM stories";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The items whose keys are not yet in <c>item_keys</c>, back into memory.</summary>
    private void LoadRecentItems()
    {
        using var command = _writer.CreateCommand();
        command.CommandText = $"SELECT item_key, seq FROM items WHERE seq > COALESCE((SELECT value FROM counters WHERE name = '{SqliteSchema.ItemKeysThroughCounter}'), 0)";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _recentItems.Load(reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    /// <summary>Fills the filter of the keys already in <c>item_keys</c>.</summary>
    private void LoadKeyedItems()
    {
        using var count = _writer.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM item_keys";
        _keyedItems.Reset((long)count.ExecuteScalar()!);
        using var keys = _writer.CreateCommand();
        keys.CommandText = "SELECT item_key FROM item_keys";
        using var reader = keys.ExecuteReader();
        while (reader.Read())
        {
            _keyedItems.Add(reader.GetInt64(0));
        }
    }

    /// <summary>Rebuilds the near-duplicate index from the signatures of the stories stored within the window.</summary>
    private NearDuplicateWindow LoadWindow()
    {
        var since = _time.GetUtcNow().ToUnixTimeMilliseconds() - (long)_nearDuplicateSettings.Window.TotalMilliseconds;
        using var count = _writer.CreateCommand();
        count.CommandText = "SELECT COALESCE(SUM(count), 0) FROM signature_batches WHERE stored_at_ms >= $since";
        count.Parameters.AddWithValue("$since", since);
        var window = new NearDuplicateWindow(_nearDuplicateSettings, (int)Math.Min((long)count.ExecuteScalar()!, LshBandIndex.MaxStories));
        using var rows = _writer.CreateCommand();
        rows.CommandText = "SELECT signatures, stored_at_ms FROM signature_batches WHERE stored_at_ms >= $since ORDER BY last_seq";
        rows.Parameters.AddWithValue("$since", since);
        using var reader = rows.ExecuteReader();
        while (reader.Read())
        {
            var storedAt = reader.GetInt64(1);
            SignatureBatch.Read((byte[])reader.GetValue(0), (sequence, signature) =>
            {
                // A signature of another version (or length) is skipped: it cannot be compared with today's.
                if (signature.Length == MinHashSignature.ByteLength && signature[0] == MinHashSignature.Version)
                {
                    window.Load(sequence, MinHashSignature.FromBytes(signature), storedAt);
                }
            });
        }

        return window;
    }

    /// <summary>Creates the tables, or brings an older file up to <see cref="SqliteSchema.Version"/>.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        var found = Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (found > SqliteSchema.Version)
        {
            throw new InvalidOperationException(
                $"The store was written by a newer Syndication (schema {found}; this one reads up to {SqliteSchema.Version}). Upgrade, or point Storage:Path at another file.");
        }

        using var transaction = connection.BeginTransaction();
        if (found == 1)
        {
            Execute(connection, SqliteSchema.MigrateFrom1, transaction);
        }
        else if (found == 2)
        {
            Execute(connection, SqliteSchema.MigrateFrom2, transaction);
        }
        else if (found == 3)
        {
            Execute(connection, SqliteSchema.MigrateFrom3, transaction);
            Execute(connection, SqliteSchema.MigrateFrom4, transaction);
        }
        else if (found == 4)
        {
            Execute(connection, SqliteSchema.MigrateFrom4, transaction);
        }

        Execute(connection, SqliteSchema.Create, transaction);
        Execute(connection, SqliteSchema.Indexes, transaction);
        if (found == 1)
        {
            BackfillItems(connection, transaction);
        }
        else if (found == 2)
        {
            BatchSignatures(connection, transaction);
        }

        Execute(connection, $"PRAGMA user_version={SqliteSchema.Version};", transaction);
        transaction.Commit();
    }

    /// <summary>Moves a version 2 store's signatures, a row per story, into rows of one batch each, by the time they were stored.</summary>
    private static void BatchSignatures(SqliteConnection connection, SqliteTransaction transaction)
    {
        var batches = new List<(long StoredAt, List<(long Sequence, byte[] Signature)> Entries)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT seq, stored_at_ms, signature FROM signatures ORDER BY seq";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var (sequence, storedAt, signature) = (reader.GetInt64(0), reader.GetInt64(1), (byte[])reader.GetValue(2));
                if (batches.Count == 0 || batches[^1].StoredAt != storedAt || batches[^1].Entries[0].Signature.Length != signature.Length)
                {
                    batches.Add((storedAt, []));
                }

                batches[^1].Entries.Add((sequence, signature));
            }
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO signature_batches (last_seq, stored_at_ms, count, signatures) VALUES ($last, $at, $count, $signatures)";
        foreach (var (storedAt, entries) in batches)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$last", entries[^1].Sequence);
            insert.Parameters.AddWithValue("$at", storedAt);
            insert.Parameters.AddWithValue("$count", entries.Count);
            insert.Parameters.AddWithValue("$signatures", SignatureBatch.Write(entries));
            insert.ExecuteNonQuery();
        }

        Execute(connection, "DROP TABLE signatures;", transaction);
    }

    /// <summary>Makes each story of a version 1 store an item of its own, named by its content id.</summary>
    private static void BackfillItems(SqliteConnection connection, SqliteTransaction transaction)
    {
        var stories = new List<(long Seq, string Id, long StoredAt)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT seq, id, stored_at_ms FROM stories ORDER BY seq";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                stories.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR IGNORE INTO items (seq, item_id, item_key, current_seq, change_seq, first_stored_ms, updated_ms)
            VALUES ($seq, $id, $key, $seq, $seq, $at, $at)
            """;
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        foreach (var story in stories)
        {
            (seq.Value, id.Value, key.Value, at.Value) = (story.Seq, story.Id, ItemKey(story.Id), story.StoredAt);
            insert.ExecuteNonQuery();
        }
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
