using Microsoft.Data.Sqlite;
using Syndication.Core.Stories;

namespace Syndication.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file holding stories, the consumed offsets that produced them and the
/// running counters, all written in one transaction per batch.
/// </summary>
/// <remarks>
/// Implementation note: WAL with <c>synchronous=NORMAL</c> survives a killed process (the WAL is in the OS's
/// hands once a transaction commits) but may lose the last transactions on power loss; the consumer then
/// replays them from Kafka, so nothing is lost, only re-read. One writer connection is kept open with its
/// prepared statements; readers take pooled connections of their own and never block the writer.
/// Checkpoints (copying the WAL back into the database, with its fsync) run on a timer from a connection of
/// their own instead of inside whichever commit crosses SQLite's threshold, so the ingest path never waits
/// for them; a passive checkpoint never blocks the writer.
/// </remarks>
public sealed class SqliteStoryStore : IDisposable
{
    private const string StoredCounter = "stories.stored";
    private const string DuplicatesCounter = "stories.duplicates";
    private const string RejectedCounter = "stories.rejected";
    private const string RejectedByReasonPrefix = "stories.rejected.";

    private static readonly TimeSpan s_checkpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _insertStory;
    private readonly SqliteCommand _markSeen;
    private readonly SqliteCommand _upsertOffset;
    private readonly SqliteCommand _addToCounter;
    private readonly ITimer _checkpoints;

    private SqliteStoryStore(string connectionString, TimeProvider time)
    {
        _connectionString = connectionString;
        _time = time;
        _writer = new SqliteConnection(connectionString);
        _writer.Open();
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;");
        Execute(_writer, SqliteSchema.Create);
        Execute(_writer, $"PRAGMA user_version={SqliteSchema.Version};");

        _insertStory = Prepare("""
            INSERT INTO stories (id, stored_at_ms, source_topic, source_partition, source_offset, json)
            VALUES ($id, $at, $topic, $partition, $offset, $json)
            ON CONFLICT (id) DO NOTHING
            """, "$id", "$at", "$topic", "$partition", "$offset", "$json");
        _markSeen = Prepare("UPDATE stories SET times_seen = times_seen + 1 WHERE id = $id", "$id");
        _upsertOffset = Prepare("""
            INSERT INTO consumer_offsets (topic, partition, next_offset, cluster_id)
            VALUES ($topic, $partition, $next, $cluster)
            ON CONFLICT (topic, partition) DO UPDATE SET next_offset = excluded.next_offset, cluster_id = excluded.cluster_id
            """, "$topic", "$partition", "$next", "$cluster");
        _addToCounter = Prepare("""
            INSERT INTO counters (name, value) VALUES ($name, $delta)
            ON CONFLICT (name) DO UPDATE SET value = value + excluded.value
            """, "$name", "$delta");
        _checkpoints = time.CreateTimer(_ => Checkpoint(), null, s_checkpointInterval, s_checkpointInterval);
    }

    /// <summary>The SQLite file this store writes.</summary>
    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>, and its directory.</summary>
    public static SqliteStoryStore Open(string path, TimeProvider time)
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
        return new SqliteStoryStore(connectionString, time) { Path = fullPath };
    }

    /// <summary>
    /// Stores the batch's new stories, counts its duplicates and rejections and records its offsets, all or
    /// nothing.
    /// </summary>
    public BatchOutcome Commit(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            using var transaction = _writer.BeginTransaction();
            var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
            int stored = 0, duplicates = 0, rejected = 0;
            foreach (var (story, json, source) in batch.Stories)
            {
                if (Insert(transaction, story.Id, json, source, at))
                {
                    stored++;
                }
                else
                {
                    _markSeen.Transaction = transaction;
                    _markSeen.Parameters[0].Value = story.Id;
                    _markSeen.ExecuteNonQuery();
                    duplicates++;
                }
            }

            foreach (var (reason, count) in batch.RejectionsByReason)
            {
                AddToCounter(transaction, RejectedByReasonPrefix + reason, count);
                rejected += count;
            }

            AddToCounter(transaction, StoredCounter, stored);
            AddToCounter(transaction, DuplicatesCounter, duplicates);
            AddToCounter(transaction, RejectedCounter, rejected);
            foreach (var offset in batch.Offsets)
            {
                _upsertOffset.Transaction = transaction;
                _upsertOffset.Parameters[0].Value = offset.Topic;
                _upsertOffset.Parameters[1].Value = offset.Partition;
                _upsertOffset.Parameters[2].Value = offset.NextOffset;
                _upsertOffset.Parameters[3].Value = (object?)offset.ClusterId ?? DBNull.Value;
                _upsertOffset.ExecuteNonQuery();
            }

            transaction.Commit();
            return new BatchOutcome(stored, duplicates, rejected);
        }
    }

    /// <summary>The offsets to resume <paramref name="topic"/> from, by partition.</summary>
    public IReadOnlyDictionary<int, ConsumedOffset> Offsets(string topic)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT partition, next_offset, cluster_id FROM consumer_offsets WHERE topic = $topic";
        command.Parameters.AddWithValue("$topic", topic);
        using var reader = command.ExecuteReader();
        var offsets = new Dictionary<int, ConsumedOffset>();
        while (reader.Read())
        {
            var partition = reader.GetInt32(0);
            offsets[partition] = new ConsumedOffset(topic, partition, reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return offsets;
    }

    /// <summary>The newest stories first, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<StoredStory> Latest(int count)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredStoryColumns} FROM stories ORDER BY seq DESC LIMIT $count";
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var stories = new List<StoredStory>(count);
        while (reader.Read())
        {
            stories.Add(ReadStoredStory(reader));
        }

        return stories;
    }

    /// <summary>The story with this id, or null.</summary>
    public StoredStory? Find(string id)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredStoryColumns} FROM stories WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadStoredStory(reader) : null;
    }

    public StoreCounts Counts()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM counters WHERE name IN ($stored, $duplicates, $rejected)";
        command.Parameters.AddWithValue("$stored", StoredCounter);
        command.Parameters.AddWithValue("$duplicates", DuplicatesCounter);
        command.Parameters.AddWithValue("$rejected", RejectedCounter);
        using var reader = command.ExecuteReader();
        long stored = 0, duplicates = 0, rejected = 0;
        while (reader.Read())
        {
            var value = reader.GetInt64(1);
            switch (reader.GetString(0))
            {
                case StoredCounter: stored = value; break;
                case DuplicatesCounter: duplicates = value; break;
                default: rejected = value; break;
            }
        }

        return new StoreCounts(stored, duplicates, rejected);
    }

    /// <summary>Rejections counted per reason code.</summary>
    public IReadOnlyDictionary<string, long> RejectionsByReason()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT substr(name, $start), value FROM counters WHERE name LIKE $prefix ORDER BY name";
        command.Parameters.AddWithValue("$start", RejectedByReasonPrefix.Length + 1);
        command.Parameters.AddWithValue("$prefix", RejectedByReasonPrefix + "%");
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>The newest story's sequence and time; what feed ETags and Last-Modified are made of.</summary>
    public FeedStamp Stamp()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, stored_at_ms FROM stories ORDER BY seq DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedStamp(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : new FeedStamp(0, null);
    }

    /// <summary>Checks that the file answers a query; what readiness means for the store.</summary>
    public bool IsAvailable()
    {
        try
        {
            using var connection = OpenReader();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return command.ExecuteScalar() is long;
        }
        catch (SqliteException)
        {
            return false;
        }
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
            _insertStory.Dispose();
            _markSeen.Dispose();
            _upsertOffset.Dispose();
            _addToCounter.Dispose();
            _writer.Dispose();
        }
    }

    private const string StoredStoryColumns = "seq, json, stored_at_ms, times_seen, source_topic, source_partition, source_offset";

    private static StoredStory ReadStoredStory(SqliteDataReader reader)
    {
        using var json = reader.GetStream(1);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return new StoredStory(
            reader.GetInt64(0),
            StoryJson.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
            reader.GetInt32(3),
            new SourcePosition(reader.GetString(4), reader.GetInt32(5), reader.GetInt64(6)));
    }

    private bool Insert(SqliteTransaction transaction, string id, byte[] json, SourcePosition source, long at)
    {
        _insertStory.Transaction = transaction;
        _insertStory.Parameters[0].Value = id;
        _insertStory.Parameters[1].Value = at;
        _insertStory.Parameters[2].Value = source.Topic;
        _insertStory.Parameters[3].Value = source.Partition;
        _insertStory.Parameters[4].Value = source.Offset;
        _insertStory.Parameters[5].Value = json;
        return _insertStory.ExecuteNonQuery() == 1;
    }

    private void AddToCounter(SqliteTransaction transaction, string name, long delta)
    {
        if (delta == 0)
        {
            return;
        }

        _addToCounter.Transaction = transaction;
        _addToCounter.Parameters[0].Value = name;
        _addToCounter.Parameters[1].Value = delta;
        _addToCounter.ExecuteNonQuery();
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _writer.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
