using Npgsql;
using Syndication.Core.Feeds;

namespace Syndication.Storage.Postgres;

/// <summary>The read path: each query on a pooled connection of its own; PostgreSQL's snapshots never block the writers.</summary>
public sealed partial class PostgresStoryStore
{
    private const string StoredStoryColumns = "s.seq, s.json, i.item_id, s.stored_at_ms, s.times_seen, s.source_topic, s.source_partition, s.source_offset";

    private const string StoredItemColumns = StoredStoryColumns + ", i.first_stored_ms, i.updated_ms, i.killed_at_ms, i.duplicate_of, i.change_seq";

    /// <summary>The offsets to resume <paramref name="topic"/> from, by partition.</summary>
    public IReadOnlyDictionary<int, ConsumedOffset> Offsets(string topic)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT partition, next_offset, cluster_id FROM consumer_offsets WHERE topic = @topic";
        command.Parameters.AddWithValue("@topic", topic);
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
    /// <param name="count">At most this many.</param>
    /// <param name="changedBefore">Only items whose last change is older than this <see cref="StoredItem.ChangeSequence"/>: the next page.</param>
    public IReadOnlyList<StoredItem> Latest(int count, long? changedBefore = null)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {StoredItemColumns}
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.killed_at_ms IS NULL AND NOT i.suppressed AND NOT s.is_withheld AND i.change_seq < @before
            ORDER BY i.change_seq DESC LIMIT @count
            """;
        command.Parameters.AddWithValue("@count", count);
        command.Parameters.AddWithValue("@before", changedBefore ?? long.MaxValue);
        return StoreRows.Items(command, count);
    }

    /// <summary>
    /// The items whose current version is exclusive to somebody, newest first, at most
    /// <paramref name="count"/>, none killed or withheld: among them the ones held for an operator.
    /// </summary>
    public IReadOnlyList<StoredItem> Exclusives(int count)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {StoredItemColumns}
            FROM stories s JOIN items i ON i.current_seq = s.seq
            WHERE s.exclusive_to IS NOT NULL AND i.killed_at_ms IS NULL AND NOT i.suppressed AND NOT s.is_withheld
            ORDER BY s.seq DESC LIMIT @count
            """;
        command.Parameters.AddWithValue("@count", count);
        return StoreRows.Items(command, count);
    }

    /// <summary>The partners an operator routed each item to, by item id.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Routes()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_id, partner_id FROM routes";
        using var reader = command.ExecuteReader();
        var routes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var itemId = reader.GetString(0);
            if (!routes.TryGetValue(itemId, out var partners))
            {
                routes[itemId] = partners = new HashSet<string>(StringComparer.Ordinal);
            }

            partners.Add(reader.GetString(1));
        }

        return routes.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The items killed at or after <paramref name="since"/>, most recent first, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<FeedTombstone> Tombstones(DateTimeOffset since, int count)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT item_id, killed_at_ms FROM items
            WHERE killed_at_ms >= @since ORDER BY killed_at_ms DESC LIMIT @count
            """;
        command.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@count", count);
        using var reader = command.ExecuteReader();
        var tombstones = new List<FeedTombstone>();
        while (reader.Read())
        {
            tombstones.Add(new FeedTombstone(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
        }

        return tombstones;
    }

    /// <summary>The version with this content id, or null.</summary>
    public StoredStory? Find(string id)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredStoryColumns} FROM stories s JOIN items i ON i.seq = s.item_seq WHERE s.id = @id";
        command.Parameters.AddWithValue("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.Story(reader, 0) : null;
    }

    /// <summary>The item with this item id, or null.</summary>
    public StoredItem? FindItem(string itemId)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredItemColumns} FROM items i JOIN stories s ON s.seq = i.current_seq WHERE i.item_id = @item";
        command.Parameters.AddWithValue("@item", itemId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.Item(reader) : null;
    }

    /// <summary>The content ids of an item's versions, in the order they were stored.</summary>
    public IReadOnlyList<string> VersionIds(string itemId)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.id FROM items i JOIN stories s ON s.item_seq = i.seq WHERE i.item_id = @item ORDER BY s.seq";
        command.Parameters.AddWithValue("@item", itemId);
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
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM counters WHERE name IN (@stored, @duplicates, @rejected, @near, @superseded)";
        command.Parameters.AddWithValue("@stored", StoreCounters.Stored);
        command.Parameters.AddWithValue("@duplicates", StoreCounters.Duplicates);
        command.Parameters.AddWithValue("@rejected", StoreCounters.Rejected);
        command.Parameters.AddWithValue("@near", StoreCounters.NearDuplicates);
        command.Parameters.AddWithValue("@superseded", StoreCounters.Superseded);
        using var reader = command.ExecuteReader();
        return StoreCounters.Read(reader);
    }

    /// <summary>Rejections counted per reason code.</summary>
    public IReadOnlyDictionary<string, long> RejectionsByReason()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT substr(name, @start), value FROM counters WHERE starts_with(name, @prefix) ORDER BY name";
        command.Parameters.AddWithValue("@start", StoreCounters.RejectedByReasonPrefix.Length + 1);
        command.Parameters.AddWithValue("@prefix", StoreCounters.RejectedByReasonPrefix);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The latest change to any item (a new version or a kill) and its time, and how many routes operators
    /// made; what feed ETags and Last-Modified are made of.
    /// </summary>
    public FeedStamp Stamp()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.change_seq, s.stored_at_ms, (SELECT COUNT(*) FROM routes) FROM items i JOIN stories s ON s.seq = i.change_seq
            ORDER BY i.change_seq DESC LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedStamp(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetInt64(2))
            : new FeedStamp(0, null, 0);
    }

    /// <summary>The outbox entries after <paramref name="after"/>, oldest first, at most <paramref name="count"/>.</summary>
    /// <param name="after">A <see cref="OutboxEntry.Sequence"/> (a lane's position); 0 for the beginning.</param>
    /// <param name="count">At most this many.</param>
    public IReadOnlyList<OutboxEntry> Outbox(long after, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, item_id, story_seq, kind, at_ms, partner_id, transport, trace_parent, trace_state FROM outbox WHERE seq > @after ORDER BY seq LIMIT @count";
        command.Parameters.AddWithValue("@after", after);
        command.Parameters.AddWithValue("@count", count);
        using var reader = command.ExecuteReader();
        var entries = new List<OutboxEntry>(Math.Min(count, 1024));
        while (reader.Read())
        {
            entries.Add(StoreRows.OutboxEntry(reader));
        }

        return entries;
    }

    /// <summary>The latest outbox entry's <see cref="OutboxEntry.Sequence"/>; 0 while the outbox is empty.</summary>
    public long OutboxHead()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM outbox";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Through which outbox entry a delivery lane has delivered (or dead-lettered); 0 for a lane never advanced.</summary>
    public long LanePosition(string lane)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT through FROM lanes WHERE lane = @lane";
        command.Parameters.AddWithValue("@lane", lane);
        return command.ExecuteScalar() as long? ?? 0;
    }

        public bool IsAvailable()
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return command.ExecuteScalar() is int;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }
}
