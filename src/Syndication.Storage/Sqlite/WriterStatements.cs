using Microsoft.Data.Sqlite;

namespace Syndication.Storage.Sqlite;

/// <summary>The writer connection's prepared statements, made once and reused for every story.</summary>
internal sealed class WriterStatements : IDisposable
{
    public WriterStatements(SqliteConnection writer)
    {
        // Bound by position: ?N is the Nth column named.
        InsertStory = new NativeStatement(writer, """
            INSERT INTO stories (seq, id, stored_at_ms, source_topic, source_partition, source_offset, json,
                                 item_seq, version, updated_ms, is_kill, is_correction, is_withheld, exclusive_to)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            ON CONFLICT (id) DO NOTHING
            """);
        InsertSignatures = Prepare(writer, "INSERT INTO signature_batches (last_seq, stored_at_ms, count, signatures) VALUES ($last, $at, $count, $signatures)", "$last", "$at", "$count", "$signatures");
        DeleteSignatures = Prepare(writer, "DELETE FROM signature_batches WHERE last_seq <= $through", "$through");
        KeyedItem = Prepare(writer, "SELECT item_seq FROM item_keys WHERE item_key = $key", "$key");
        CurrentVersion = Prepare(writer, """
            SELECT i.item_id, s.is_kill, s.version, s.updated_ms, s.is_correction, s.id, i.suppressed
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.seq = $itemSeq
            """, "$itemSeq");
        InsertItem = new NativeStatement(writer, """
            INSERT INTO items (seq, item_id, item_key, current_seq, change_seq, first_stored_ms, updated_ms, killed_at_ms, duplicate_of, suppressed)
            VALUES (?1, ?2, ?3, ?1, ?1, ?4, ?4, ?5, ?6, ?7)
            """);
        Promote = Prepare(writer, """
            UPDATE items SET current_seq = $seq, change_seq = $seq, updated_ms = $at, killed_at_ms = COALESCE(killed_at_ms, $killed)
            WHERE seq = $itemSeq
            """, "$itemSeq", "$seq", "$at", "$killed");
        ItemOfSequence = Prepare(writer, "SELECT i.item_id FROM stories s JOIN items i ON i.seq = s.item_seq WHERE s.seq = $seq", "$seq");
        MarkSeen = new NativeStatement(writer, "UPDATE stories SET times_seen = times_seen + 1 WHERE id = ?1");
        // Never back for one cluster, as the contract says (a new cluster starts its partitions over).
        UpsertOffset = Prepare(writer, """
            INSERT INTO consumer_offsets (topic, partition, next_offset, cluster_id)
            VALUES ($topic, $partition, $next, $cluster)
            ON CONFLICT (topic, partition) DO UPDATE SET
                next_offset = CASE WHEN cluster_id IS excluded.cluster_id THEN MAX(next_offset, excluded.next_offset) ELSE excluded.next_offset END,
                cluster_id = excluded.cluster_id
            """, "$topic", "$partition", "$next", "$cluster");
        AddToCounter = Prepare(writer, """
            INSERT INTO counters (name, value) VALUES ($name, $delta)
            ON CONFLICT (name) DO UPDATE SET value = value + excluded.value
            """, "$name", "$delta");
        InsertItemKey = Prepare(writer, "INSERT OR IGNORE INTO item_keys (item_key, item_seq) VALUES ($key, $itemSeq)", "$key", "$itemSeq");
        MarkKeyedThrough = Prepare(writer, $"INSERT OR REPLACE INTO counters (name, value) VALUES ('{SqliteSchema.ItemKeysThroughCounter}', $through)", "$through");
        AppendOutbox = new NativeStatement(writer, """
            INSERT INTO outbox (item_id, story_seq, kind, at_ms, trace_parent, trace_state) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """);

        // Never back, and never past the outbox's end: a position ahead of it would skip entries not yet written.
        AdvanceLane = Prepare(writer, """
            INSERT INTO lanes (lane, through) SELECT $lane, $through WHERE $through <= (SELECT COALESCE(MAX(seq), 0) FROM outbox)
            ON CONFLICT (lane) DO UPDATE SET through = MAX(through, excluded.through)
            """, "$lane", "$through");
    }

    public NativeStatement InsertStory { get; }

    public SqliteCommand InsertSignatures { get; }

    public SqliteCommand DeleteSignatures { get; }

    public SqliteCommand KeyedItem { get; }

    public SqliteCommand CurrentVersion { get; }

    public NativeStatement InsertItem { get; }

    public SqliteCommand Promote { get; }

    public SqliteCommand ItemOfSequence { get; }

    public NativeStatement MarkSeen { get; }

    public SqliteCommand UpsertOffset { get; }

    public SqliteCommand AddToCounter { get; }

    public SqliteCommand InsertItemKey { get; }

    public SqliteCommand MarkKeyedThrough { get; }

    public NativeStatement AppendOutbox { get; }

    public SqliteCommand AdvanceLane { get; }

    /// <summary>Sets the transaction and the named parameters of <paramref name="command"/>.</summary>
    public static SqliteCommand With(SqliteCommand command, SqliteTransaction? transaction, params (string Name, object? Value)[] values)
    {
        command.Transaction = transaction;
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in new[] { InsertSignatures, DeleteSignatures, KeyedItem, CurrentVersion, Promote, ItemOfSequence, UpsertOffset, AddToCounter, InsertItemKey, MarkKeyedThrough, AdvanceLane })
        {
            command.Dispose();
        }

        foreach (var statement in new[] { InsertStory, InsertItem, MarkSeen, AppendOutbox })
        {
            statement.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection writer, string sql, params string[] parameters)
    {
        var command = writer.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
