using System.Data.Common;
using Npgsql;

namespace Syndication.Storage.Postgres;

/// <summary>The read path: each query on a pooled connection of its own; PostgreSQL's snapshots never block the writers.</summary>
public sealed partial class PostgresStoryStore
{
    private protected override DbConnection OpenReadConnection() => _dataSource.OpenConnection();

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
