using System.Data.Common;
using Syndication.Core.Feeds;

namespace Syndication.Storage;

/// <summary>
/// A store in SQL: the read queries SQLite's and PostgreSQL's stores run alike, each on a connection of its
/// own from <see cref="OpenReadConnection"/> (SQLite: a pooled connection beside the writer's; PostgreSQL:
/// one from the data source). What differs stays with each store: where an item's row is found by its id
/// (SQLite looks in its recent items and <c>item_keys</c>), and whether the planner needs telling which
/// index to take (<see cref="ExclusiveStories"/>).
/// </summary>
/// <remarks>
/// Implementation note: the flags are compared with <c>NOT</c>, which SQLite reads of its 0 and 1 as
/// PostgreSQL does of its booleans; prefixes with <c>substr</c> rather than SQLite's <c>LIKE</c> or
/// PostgreSQL's <c>starts_with</c>; parameters are <c>@name</c>, which both providers read.
/// </remarks>
public abstract partial class SqlStoryStore
{
    /// <summary>A stored story's columns, in the order <see cref="StoreRows.Story"/> reads them.</summary>
    private protected const string StoredStoryColumns = "s.seq, s.json, i.item_id, s.stored_at_ms, s.times_seen, s.source_topic, s.source_partition, s.source_offset";

    /// <summary>An item's columns, in the order <see cref="StoreRows.Item"/> reads them.</summary>
    private protected const string StoredItemColumns = StoredStoryColumns + ", i.first_stored_ms, i.updated_ms, i.killed_at_ms, i.duplicate_of, i.change_seq";

    private protected SqlStoryStore()
    {
    }

    /// <summary>How the stories table is named in <see cref="Exclusives"/>, with an index hint where the store needs one.</summary>
    private protected virtual string ExclusiveStories => "stories s";

    /// <inheritdoc cref="IStoryStore.Offsets"/>
    public IReadOnlyDictionary<int, ConsumedOffset> Offsets(string topic)
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT partition, next_offset, cluster_id FROM consumer_offsets WHERE topic = @topic", ("@topic", topic));
        using var reader = command.ExecuteReader();
        var offsets = new Dictionary<int, ConsumedOffset>();
        while (reader.Read())
        {
            var partition = reader.GetInt32(0);
            offsets[partition] = new ConsumedOffset(topic, partition, reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return offsets;
    }

    /// <inheritdoc cref="IStoryStore.Latest"/>
    public IReadOnlyList<StoredItem> Latest(int count, long? changedBefore = null)
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, $"""
            SELECT {StoredItemColumns}
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.killed_at_ms IS NULL AND NOT i.suppressed AND NOT s.is_withheld AND i.change_seq < @before
            ORDER BY i.change_seq DESC LIMIT @count
            """,
            ("@count", count), ("@before", changedBefore ?? long.MaxValue));
        return StoreRows.Items(command, count);
    }

    /// <inheritdoc cref="IStoryStore.Exclusives"/>
    public IReadOnlyList<StoredItem> Exclusives(int count)
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, $"""
            SELECT {StoredItemColumns}
            FROM {ExclusiveStories} JOIN items i ON i.current_seq = s.seq
            WHERE s.exclusive_to IS NOT NULL AND i.killed_at_ms IS NULL AND NOT i.suppressed AND NOT s.is_withheld
            ORDER BY s.seq DESC LIMIT @count
            """,
            ("@count", count));
        return StoreRows.Items(command, count);
    }

    /// <inheritdoc cref="IStoryStore.Routes"/>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Routes()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT item_id, partner_id FROM routes");
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

    /// <inheritdoc cref="IStoryStore.Tombstones"/>
    public IReadOnlyList<FeedTombstone> Tombstones(DateTimeOffset since, int count)
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, """
            SELECT item_id, killed_at_ms FROM items
            WHERE killed_at_ms >= @since ORDER BY killed_at_ms DESC LIMIT @count
            """,
            ("@since", since.ToUnixTimeMilliseconds()), ("@count", count));
        using var reader = command.ExecuteReader();
        var tombstones = new List<FeedTombstone>();
        while (reader.Read())
        {
            tombstones.Add(new FeedTombstone(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
        }

        return tombstones;
    }

    /// <inheritdoc cref="IStoryStore.Find"/>
    public StoredStory? Find(string id)
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, $"SELECT {StoredStoryColumns} FROM stories s JOIN items i ON i.seq = s.item_seq WHERE s.id = @id", ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.Story(reader, 0) : null;
    }

    /// <inheritdoc cref="IStoryStore.Counts"/>
    public StoreCounts Counts()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT name, value FROM counters WHERE name IN (@stored, @duplicates, @rejected, @near, @superseded)",
            ("@stored", StoreCounters.Stored), ("@duplicates", StoreCounters.Duplicates), ("@rejected", StoreCounters.Rejected),
            ("@near", StoreCounters.NearDuplicates), ("@superseded", StoreCounters.Superseded));
        using var reader = command.ExecuteReader();
        return StoreCounters.Read(reader);
    }

    /// <inheritdoc cref="IStoryStore.RejectionsByReason"/>
    public IReadOnlyDictionary<string, long> RejectionsByReason()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT substr(name, @start), value FROM counters WHERE substr(name, 1, @length) = @prefix ORDER BY name",
            ("@start", StoreCounters.RejectedByReasonPrefix.Length + 1), ("@length", StoreCounters.RejectedByReasonPrefix.Length),
            ("@prefix", StoreCounters.RejectedByReasonPrefix));
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <inheritdoc cref="IStoryStore.Stamp"/>
    public FeedStamp Stamp()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, """
            SELECT i.change_seq, s.stored_at_ms, (SELECT COUNT(*) FROM routes) FROM items i JOIN stories s ON s.seq = i.change_seq
            ORDER BY i.change_seq DESC LIMIT 1
            """);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedStamp(reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetInt64(2))
            : new FeedStamp(0, null, 0);
    }

    /// <inheritdoc cref="IStoryStore.Outbox"/>
    public IReadOnlyList<OutboxEntry> Outbox(long after, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null,
            "SELECT seq, item_id, story_seq, kind, at_ms, partner_id, transport, trace_parent, trace_state FROM outbox WHERE seq > @after ORDER BY seq LIMIT @count",
            ("@after", after), ("@count", count));
        using var reader = command.ExecuteReader();
        var entries = new List<OutboxEntry>(Math.Min(count, 1024));
        while (reader.Read())
        {
            entries.Add(StoreRows.OutboxEntry(reader));
        }

        return entries;
    }

    /// <inheritdoc cref="IStoryStore.OutboxHead"/>
    public long OutboxHead()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT COALESCE(MAX(seq), 0) FROM outbox");
        return (long)command.ExecuteScalar()!;
    }

    /// <inheritdoc cref="IStoryStore.LanePosition"/>
    public long LanePosition(string lane)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT through FROM lanes WHERE lane = @lane", ("@lane", lane));
        return command.ExecuteScalar() as long? ?? 0;
    }

    /// <summary>Opens a connection for one query, which the caller disposes.</summary>
    private protected abstract DbConnection OpenReadConnection();
}
