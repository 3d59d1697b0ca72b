using Microsoft.Data.Sqlite;
using Syndication.Core.Dedup;
using Syndication.Core.Stories;
using Syndication.Core.Versions;

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
    private const string SupersededCounter = "stories.superseded";
    private const string NearDuplicatesCounter = "stories.nearDuplicates";

    private static readonly TimeSpan s_checkpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _insertStory;
    private readonly SqliteCommand _currentRank;
    private readonly SqliteCommand _insertItem;
    private readonly SqliteCommand _promote;
    private readonly SqliteCommand _itemOfSequence;
    private readonly SqliteCommand _unindex;
    private readonly NearDuplicateSettings _nearDuplicateSettings;
    private readonly NearDuplicateWindow? _window;
    private readonly SqliteCommand _markSeen;
    private readonly SqliteCommand _upsertOffset;
    private readonly SqliteCommand _addToCounter;
    private readonly ITimer _checkpoints;

    private SqliteStoryStore(string connectionString, TimeProvider time, NearDuplicateSettings nearDuplicates)
    {
        _connectionString = connectionString;
        _time = time;
        _nearDuplicateSettings = nearDuplicates;
        _writer = new SqliteConnection(connectionString);
        _writer.Open();
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;");
        Migrate(_writer);

        _insertStory = Prepare("""
            INSERT INTO stories (id, stored_at_ms, source_topic, source_partition, source_offset, json,
                                 item_id, version, updated_ms, is_kill, is_correction, is_withheld, signature, in_index)
            VALUES ($id, $at, $topic, $partition, $offset, $json, $item, $version, $updated, $kill, $correction, $withheld, $signature, $indexed)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq
            """, "$id", "$at", "$topic", "$partition", "$offset", "$json", "$item", "$version", "$updated", "$kill", "$correction", "$withheld", "$signature", "$indexed");
        _currentRank = Prepare("""
            SELECT s.is_kill, s.version, s.updated_ms, s.is_correction, s.id
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.item_id = $item
            """, "$item");
        _insertItem = Prepare("""
            INSERT INTO items (item_id, current_seq, change_seq, first_stored_ms, updated_ms, killed_at_ms, duplicate_of, suppressed)
            VALUES ($item, $seq, $seq, $at, $at, $killed, $duplicateOf, $suppressed)
            ON CONFLICT (item_id) DO NOTHING
            """, "$item", "$seq", "$at", "$killed", "$duplicateOf", "$suppressed");
        _unindex = Prepare("UPDATE stories SET in_index = 0 WHERE seq = $seq", "$seq");
        _itemOfSequence = Prepare("SELECT item_id FROM stories WHERE seq = $seq", "$seq");
        _promote = Prepare("""
            UPDATE items SET current_seq = $seq, change_seq = $seq, updated_ms = $at,
                             killed_at_ms = COALESCE(killed_at_ms, $killed)
            WHERE item_id = $item
            """, "$item", "$seq", "$at", "$killed");
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
        _window = nearDuplicates.IsOff ? null : LoadWindow();
        _checkpoints = time.CreateTimer(_ => Checkpoint(), null, s_checkpointInterval, s_checkpointInterval);
    }

    /// <summary>The SQLite file this store writes.</summary>
    public string Path { get; private init; } = "";

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

    /// <summary>
    /// Stores the batch's new stories, counts its duplicates and rejections and records its offsets, all or
    /// nothing.
    /// </summary>
    public BatchOutcome Commit(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            try
            {
                var outcome = CommitLocked(batch);
                _window?.Committed();
                return outcome;
            }
            catch
            {
                _window?.RolledBack();
                throw;
            }
        }
    }

    private BatchOutcome CommitLocked(IngestBatch batch)
    {
        using var transaction = _writer.BeginTransaction();
        var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var outcome = StoreStories(transaction, batch.Stories, at);
        var rejected = 0;
        foreach (var (reason, count) in batch.RejectionsByReason)
        {
            AddToCounter(transaction, RejectedByReasonPrefix + reason, count);
            rejected += count;
        }

        AddToCounter(transaction, StoredCounter, outcome.Stored);
        AddToCounter(transaction, DuplicatesCounter, outcome.Duplicates);
        AddToCounter(transaction, SupersededCounter, outcome.Superseded);
        AddToCounter(transaction, NearDuplicatesCounter, outcome.NearDuplicates);
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
        return outcome with { Rejected = rejected };
    }

    /// <summary>
    /// Stores each story as a version of its item: a new item unless it nearly duplicates one in the
    /// window, the current version if it outranks the one there, else a superseded one; the same content
    /// again only counts as a duplicate.
    /// </summary>
    /// <remarks>
    /// Implementation note: most stories start an item, so the item row is written first and only a
    /// conflict (a known item) costs a look at its current version; the index, in memory, is asked before
    /// anything, and the store only when it finds a match, to tell a near duplicate from a new version of
    /// the same item. This is the single writer's loop: every statement here is paid once per story.
    /// </remarks>
    private BatchOutcome StoreStories(SqliteTransaction transaction, IReadOnlyList<IngestedStory> stories, long at)
    {
        int stored = 0, duplicates = 0, superseded = 0, nearDuplicates = 0;
        foreach (var ingested in stories)
        {
            var duplicateOf = FindNearDuplicate(transaction, ingested, at);
            VersionRank? current = null;
            if (duplicateOf is not null)
            {
                current = CurrentRank(transaction, ingested.ItemId);
                duplicateOf = current is null && duplicateOf != ingested.ItemId ? duplicateOf : null;
            }

            var action = _nearDuplicateSettings.ActionFor(ingested.Story.Provider ?? ingested.Story.Credit);
            if (duplicateOf is not null && action == NearDuplicateAction.Drop)
            {
                nearDuplicates++;
                continue;
            }

            var indexed = current is null && duplicateOf is null && ingested.Signature is not null && _window is not null;
            if (Insert(transaction, ingested, at, indexed) is not { } seq)
            {
                _markSeen.Transaction = transaction;
                _markSeen.Parameters[0].Value = ingested.Story.Id;
                _markSeen.ExecuteNonQuery();
                duplicates++;
                continue;
            }

            stored++;
            if (current is null && TryStartItem(transaction, ingested, seq, at, duplicateOf, suppressed: duplicateOf is not null && action == NearDuplicateAction.Link))
            {
                nearDuplicates += duplicateOf is null ? 0 : 1;
                if (indexed)
                {
                    _window!.AddPending(seq, ingested.Signature!, at);
                }

                continue;
            }

            // A new version of a known item: it starts nothing, so it is not indexed.
            current ??= CurrentRank(transaction, ingested.ItemId);
            if (indexed)
            {
                _unindex.Transaction = transaction;
                _unindex.Parameters[0].Value = seq;
                _unindex.ExecuteNonQuery();
            }

            if (current!.Value > ingested.Rank)
            {
                superseded++;
            }
            else
            {
                Promote(transaction, ingested, seq, at);
            }
        }

        return new BatchOutcome(stored, duplicates, 0, superseded, nearDuplicates);
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

    /// <summary>
    /// The items to publish, most recently changed first, at most <paramref name="count"/>: each in its
    /// current version, none killed or withheld.
    /// </summary>
    public IReadOnlyList<StoredItem> Latest(int count)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {StoredItemColumns}
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.killed_at_ms IS NULL AND i.suppressed = 0 AND s.is_withheld = 0
            ORDER BY i.change_seq DESC LIMIT $count
            """;
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var items = new List<StoredItem>(count);
        while (reader.Read())
        {
            items.Add(ReadStoredItem(reader));
        }

        return items;
    }

    /// <summary>The items killed at or after <paramref name="since"/>, most recent first, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<ItemTombstone> Tombstones(DateTimeOffset since, int count)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT item_id, killed_at_ms FROM items
            WHERE killed_at_ms >= $since ORDER BY killed_at_ms DESC LIMIT $count
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var tombstones = new List<ItemTombstone>();
        while (reader.Read())
        {
            tombstones.Add(new ItemTombstone(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
        }

        return tombstones;
    }

    /// <summary>The version with this content id, or null.</summary>
    public StoredStory? Find(string id)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredStoryColumns} FROM stories s WHERE s.id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadStoredStory(reader, 0) : null;
    }

    /// <summary>The item with this item id, or null.</summary>
    public StoredItem? FindItem(string itemId)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredItemColumns} FROM items i JOIN stories s ON s.seq = i.current_seq WHERE i.item_id = $item";
        command.Parameters.AddWithValue("$item", itemId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadStoredItem(reader) : null;
    }

    /// <summary>The content ids of an item's versions, in the order they were stored.</summary>
    public IReadOnlyList<string> VersionIds(string itemId)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM stories WHERE item_id = $item ORDER BY seq";
        command.Parameters.AddWithValue("$item", itemId);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public StoreCounts Counts()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM counters WHERE name IN ($stored, $duplicates, $rejected, $near, $superseded)";
        command.Parameters.AddWithValue("$stored", StoredCounter);
        command.Parameters.AddWithValue("$duplicates", DuplicatesCounter);
        command.Parameters.AddWithValue("$rejected", RejectedCounter);
        command.Parameters.AddWithValue("$near", NearDuplicatesCounter);
        command.Parameters.AddWithValue("$superseded", SupersededCounter);
        using var reader = command.ExecuteReader();
        long stored = 0, duplicates = 0, rejected = 0, nearDuplicates = 0, superseded = 0;
        while (reader.Read())
        {
            var value = reader.GetInt64(1);
            switch (reader.GetString(0))
            {
                case StoredCounter: stored = value; break;
                case DuplicatesCounter: duplicates = value; break;
                case NearDuplicatesCounter: nearDuplicates = value; break;
                case SupersededCounter: superseded = value; break;
                default: rejected = value; break;
            }
        }

        return new StoreCounts(stored, duplicates, rejected, nearDuplicates, superseded);
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

    /// <summary>The latest change to any item (a new version or a kill) and its time; what feed ETags and Last-Modified are made of.</summary>
    public FeedStamp Stamp()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.change_seq, s.stored_at_ms FROM items i JOIN stories s ON s.seq = i.change_seq
            ORDER BY i.change_seq DESC LIMIT 1
            """;
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
            _currentRank.Dispose();
            _insertItem.Dispose();
            _promote.Dispose();
            _itemOfSequence.Dispose();
            _unindex.Dispose();
            _markSeen.Dispose();
            _upsertOffset.Dispose();
            _addToCounter.Dispose();
            _writer.Dispose();
        }
    }

    private const string StoredStoryColumns = "s.seq, s.json, s.item_id, s.stored_at_ms, s.times_seen, s.source_topic, s.source_partition, s.source_offset";

    private const string StoredItemColumns = StoredStoryColumns + ", i.first_stored_ms, i.updated_ms, i.killed_at_ms, i.duplicate_of";

    private static StoredStory ReadStoredStory(SqliteDataReader reader, int first)
    {
        using var json = reader.GetStream(first + 1);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return new StoredStory(
            reader.GetInt64(first),
            StoryJson.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)),
            reader.GetString(first + 2),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first + 3)),
            reader.GetInt32(first + 4),
            new SourcePosition(reader.GetString(first + 5), reader.GetInt32(first + 6), reader.GetInt64(first + 7)));
    }

    private static StoredItem ReadStoredItem(SqliteDataReader reader)
    {
        var current = ReadStoredStory(reader, 0);
        return new StoredItem(
            current.ItemId,
            current,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            reader.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
            reader.IsDBNull(11) ? null : reader.GetString(11));
    }

    /// <summary>Creates the tables, or brings an older file up to <see cref="SqliteSchema.Version"/>.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        var found = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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

        Execute(connection, SqliteSchema.Create, transaction);
        Execute(connection, SqliteSchema.Indexes, transaction);
        if (found == 1)
        {
            Execute(connection, SqliteSchema.BackfillItems, transaction);
        }

        Execute(connection, $"PRAGMA user_version={SqliteSchema.Version};", transaction);
        transaction.Commit();
    }

    /// <summary>Inserts the story's row; its sequence, or null when the same content is already stored.</summary>
    private long? Insert(SqliteTransaction transaction, IngestedStory ingested, long at, bool indexed)
    {
        var story = ingested.Story;
        var rank = ingested.Rank;
        _insertStory.Transaction = transaction;
        _insertStory.Parameters[0].Value = story.Id;
        _insertStory.Parameters[1].Value = at;
        _insertStory.Parameters[2].Value = ingested.Source.Topic;
        _insertStory.Parameters[3].Value = ingested.Source.Partition;
        _insertStory.Parameters[4].Value = ingested.Source.Offset;
        _insertStory.Parameters[5].Value = ingested.Json;
        _insertStory.Parameters[6].Value = ingested.ItemId;
        _insertStory.Parameters[7].Value = rank.Version;
        _insertStory.Parameters[8].Value = rank.UpdatedUnixMilliseconds;
        _insertStory.Parameters[9].Value = rank.IsKill;
        _insertStory.Parameters[10].Value = rank.IsCorrection;
        _insertStory.Parameters[11].Value = story.PubStatus == PubStatus.Withheld;
        _insertStory.Parameters[12].Value = ingested.Signature is { } signature ? signature.ToBytes() : DBNull.Value;
        _insertStory.Parameters[13].Value = indexed;
        return _insertStory.ExecuteScalar() is long seq ? seq : null;
    }

    /// <summary>The rank of the item's current version, or null for an item not seen before.</summary>
    private VersionRank? CurrentRank(SqliteTransaction transaction, string itemId)
    {
        _currentRank.Transaction = transaction;
        _currentRank.Parameters[0].Value = itemId;
        using var reader = _currentRank.ExecuteReader();
        return reader.Read()
            ? new VersionRank(reader.GetBoolean(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetBoolean(3), reader.GetString(4))
            : null;
    }

    /// <summary>The item a new story's body nearly duplicates, or null; never for a story without a signature.</summary>
    private string? FindNearDuplicate(SqliteTransaction transaction, IngestedStory ingested, long at)
    {
        if (_window is null || ingested.Signature is not { } signature || _window.Find(signature, at) is not { } match)
        {
            return null;
        }

        _itemOfSequence.Transaction = transaction;
        _itemOfSequence.Parameters[0].Value = match.StoryKey;
        return _itemOfSequence.ExecuteScalar() as string;
    }

    /// <summary>Starts the story's item with it; false when the item is already there.</summary>
    private bool TryStartItem(SqliteTransaction transaction, IngestedStory ingested, long seq, long at, string? duplicateOf, bool suppressed)
    {
        _insertItem.Transaction = transaction;
        _insertItem.Parameters["$item"].Value = ingested.ItemId;
        _insertItem.Parameters["$seq"].Value = seq;
        _insertItem.Parameters["$at"].Value = at;
        _insertItem.Parameters["$killed"].Value = ingested.Rank.IsKill ? at : DBNull.Value;
        _insertItem.Parameters["$duplicateOf"].Value = (object?)duplicateOf ?? DBNull.Value;
        _insertItem.Parameters["$suppressed"].Value = suppressed;
        return _insertItem.ExecuteNonQuery() == 1;
    }

    /// <summary>Makes the new row its item's current version: it outranks the one there.</summary>
    private void Promote(SqliteTransaction transaction, IngestedStory ingested, long seq, long at)
    {
        _promote.Transaction = transaction;
        _promote.Parameters["$item"].Value = ingested.ItemId;
        _promote.Parameters["$seq"].Value = seq;
        _promote.Parameters["$at"].Value = at;
        _promote.Parameters["$killed"].Value = ingested.Rank.IsKill ? at : DBNull.Value;
        _promote.ExecuteNonQuery();
    }

    /// <summary>Rebuilds the near-duplicate index from the signatures of the stories stored within the window.</summary>
    private NearDuplicateWindow LoadWindow()
    {
        var since = _time.GetUtcNow().ToUnixTimeMilliseconds() - (long)_nearDuplicateSettings.Window.TotalMilliseconds;
        using var count = _writer.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM stories WHERE in_index = 1 AND stored_at_ms >= $since";
        count.Parameters.AddWithValue("$since", since);
        var window = new NearDuplicateWindow(_nearDuplicateSettings, (int)Math.Min((long)count.ExecuteScalar()!, LshBandIndex.MaxStories));
        using var rows = _writer.CreateCommand();
        rows.CommandText = "SELECT seq, signature, stored_at_ms FROM stories WHERE in_index = 1 AND stored_at_ms >= $since ORDER BY seq";
        rows.Parameters.AddWithValue("$since", since);
        using var reader = rows.ExecuteReader();
        var buffer = new byte[MinHashSignature.ByteLength];
        while (reader.Read())
        {
            if (reader.GetBytes(1, 0, buffer, 0, buffer.Length) == buffer.Length && buffer[0] == MinHashSignature.Version)
            {
                window.Load(reader.GetInt64(0), MinHashSignature.FromBytes(buffer), reader.GetInt64(2));
            }
        }

        return window;
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

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
