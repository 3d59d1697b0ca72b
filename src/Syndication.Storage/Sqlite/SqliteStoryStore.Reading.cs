using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Syndication.Storage.Sqlite;

/// <summary>The read path: each query on a pooled connection of its own, never blocking the writer.</summary>
public sealed partial class SqliteStoryStore
{
    // The partial index of the exclusive stories, which SQLite's planner may pass over for the order of the primary key.
    private protected override string ExclusiveStories => "stories s INDEXED BY stories_exclusive";

    private protected override DbConnection OpenReadConnection() => OpenReader();

    /// <summary>The item with this item id, or null.</summary>
    public StoredItem? FindItem(string itemId)
    {
        using var connection = OpenReader();
        if (ItemSequence(connection, itemId) is not { } itemSeq)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredItemColumns} FROM items i JOIN stories s ON s.seq = i.current_seq WHERE i.seq = $itemSeq AND i.item_id = $item";
        command.Parameters.AddWithValue("$itemSeq", itemSeq);
        command.Parameters.AddWithValue("$item", itemId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.Item(reader) : null;
    }

    /// <summary>The content ids of an item's versions, in the order they were stored.</summary>
    public IReadOnlyList<string> VersionIds(string itemId)
    {
        using var connection = OpenReader();
        var ids = new List<string>();
        if (ItemSequence(connection, itemId) is not { } itemSeq)
        {
            return ids;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM stories WHERE item_seq = $itemSeq ORDER BY seq";
        command.Parameters.AddWithValue("$itemSeq", itemSeq);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Always the lease: a SQLite file is one worker's store, so no other worker drains its lanes.</summary>
    public LaneLease? TryLeaseLane(string lane)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        return LaneLease.Unshared;
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

    /// <summary>Where an item is: among the recent items in memory, or in <c>item_keys</c>.</summary>
    private long? ItemSequence(SqliteConnection connection, string itemId)
    {
        var key = ItemKey(itemId);
        if (_recentItems.TryGet(key, out var recent))
        {
            return recent;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_seq FROM item_keys WHERE item_key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as long?;
    }
}
