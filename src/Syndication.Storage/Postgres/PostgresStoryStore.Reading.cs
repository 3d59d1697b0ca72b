using Npgsql;
using Syndication.Core.Feeds;

namespace Syndication.Storage.Postgres;

/// <summary>The read path: each query on a pooled connection of its own; PostgreSQL's snapshots never block the writers.</summary>
public sealed partial class PostgresStoryStore
{
    /// <inheritdoc cref="IStoryStore.Offsets"/>
    public IReadOnlyDictionary<int, ConsumedOffset> Offsets(string topic) => _queries.Offsets(topic);

    /// <inheritdoc cref="IStoryStore.Latest"/>
    public IReadOnlyList<StoredItem> Latest(int count, long? changedBefore = null) => _queries.Latest(count, changedBefore);

    /// <inheritdoc cref="IStoryStore.Exclusives"/>
    public IReadOnlyList<StoredItem> Exclusives(int count) => _queries.Exclusives(count);

    /// <inheritdoc cref="IStoryStore.Routes"/>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Routes() => _queries.Routes();

    /// <inheritdoc cref="IStoryStore.Tombstones"/>
    public IReadOnlyList<FeedTombstone> Tombstones(DateTimeOffset since, int count) => _queries.Tombstones(since, count);

    /// <inheritdoc cref="IStoryStore.Find"/>
    public StoredStory? Find(string id) => _queries.Find(id);

    /// <inheritdoc cref="IStoryStore.Counts"/>
    public StoreCounts Counts() => _queries.Counts();

    /// <inheritdoc cref="IStoryStore.RejectionsByReason"/>
    public IReadOnlyDictionary<string, long> RejectionsByReason() => _queries.RejectionsByReason();

    /// <inheritdoc cref="IStoryStore.Stamp"/>
    public FeedStamp Stamp() => _queries.Stamp();

    /// <inheritdoc cref="IStoryStore.Outbox"/>
    public IReadOnlyList<OutboxEntry> Outbox(long after, int count) => _queries.Outbox(after, count);

    /// <inheritdoc cref="IStoryStore.OutboxHead"/>
    public long OutboxHead() => _queries.OutboxHead();

    /// <inheritdoc cref="IStoryStore.LanePosition"/>
    public long LanePosition(string lane) => _queries.LanePosition(lane);

    /// <summary>The item with this item id, or null.</summary>
    public StoredItem? FindItem(string itemId)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoreQueries.StoredItemColumns} FROM items i JOIN stories s ON s.seq = i.current_seq WHERE i.item_id = @item";
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

    /// <summary>Checks that the server answers a query; what readiness means for the store.</summary>
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
