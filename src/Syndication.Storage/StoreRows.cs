using System.Data.Common;
using Syndication.Core.Stories;

namespace Syndication.Storage;

/// <summary>
/// Rows as both stores read them back: their SQL differs, the columns they select (in this order) do not.
/// </summary>
internal static class StoreRows
{
    /// <summary>
    /// The columns of a stored story from <paramref name="first"/> on: seq, json, item id, stored at (ms),
    /// times seen, source topic, partition, offset.
    /// </summary>
    internal static StoredStory Story(DbDataReader reader, int first) => new(
        reader.GetInt64(first),
        StoryJson.Deserialize(reader.GetFieldValue<byte[]>(first + 1)),
        reader.GetString(first + 2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first + 3)),
        reader.GetInt32(first + 4),
        new SourcePosition(reader.GetString(first + 5), reader.GetInt32(first + 6), reader.GetInt64(first + 7)));

    /// <summary>An item: its current story's columns (see <see cref="Story"/>), then first stored, updated, killed (ms, or null), duplicate of, change sequence.</summary>
    internal static StoredItem Item(DbDataReader reader)
    {
        var current = Story(reader, 0);
        return new StoredItem(
            current.ItemId,
            current,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            reader.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
            reader.IsDBNull(11) ? null : reader.GetString(11),
            reader.GetInt64(12));
    }

    /// <summary>Every item the command selects (see <see cref="Item"/>).</summary>
    internal static List<StoredItem> Items(DbCommand command, int count)
    {
        using var reader = command.ExecuteReader();
        var items = new List<StoredItem>(Math.Min(count, 1024));
        while (reader.Read())
        {
            items.Add(Item(reader));
        }

        return items;
    }

    /// <summary>An outbox entry: seq, item id, story seq, kind, at (ms), partner id, transport, trace parent, trace state.</summary>
    internal static OutboxEntry OutboxEntry(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        OutboxKindColumn.FromText(reader.GetString(3)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : new StoryTrace(reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));

    /// <summary>A WebSub subscription: id, partner id, feed, topic, callback, secret, lease seconds, expires at (ms).</summary>
    internal static WebSubSubscription Subscription(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        new Uri(reader.GetString(3)),
        new Uri(reader.GetString(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt32(6),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)));
}
