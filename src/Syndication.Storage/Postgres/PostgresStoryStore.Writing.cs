using Npgsql;
using NpgsqlTypes;
using Syndication.Core.Stories;
using Syndication.Core.Versions;
using Syndication.Storage.NearDuplicates;

namespace Syndication.Storage.Postgres;

/// <summary>The write path: one transaction per batch, under the writers' advisory lock.</summary>
public sealed partial class PostgresStoryStore
{
    public BatchOutcome Commit(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            var seen = _signaturesSeen;
            try
            {
                var outcome = CommitLocked(batch, out var lastSignature);
                _window?.Committed();
                _signaturesSeen = Math.Max(_signaturesSeen, lastSignature);
                return outcome;
            }
            catch
            {
                _window?.RolledBack();
                // What was loaded from other workers stays in the window: they committed it.
                _signaturesSeen = Math.Max(seen, _signaturesSeen);
                throw;
            }
        }
    }

    public bool Route(string itemId, string partnerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (LockAndFindCurrent(connection, transaction, itemId) is not { } current)
        {
            return false;
        }

        var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
        using var route = Command(connection, transaction,
            "INSERT INTO routes (item_id, partner_id, routed_at_ms) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", itemId, partnerId, at);
        if (route.ExecuteNonQuery() == 1)
        {
            // A new route is news for the partner's push lanes, in the same transaction as the route.
            using var append = Command(connection, transaction,
                "INSERT INTO outbox (seq, item_id, story_seq, kind, at_ms) SELECT COALESCE(MAX(seq), 0) + 1, $1, $2, $3, $4 FROM outbox",
                itemId, current, OutboxKindColumn.ToText(OutboxKind.Routed), at);
            append.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }

    public bool Replay(string itemId, string partnerId, string? transport = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();

        // Implementation note: the current version is read under the writers' lock, so no batch can promote
        // another version between reading it and appending the entry.
        if (LockAndFindCurrent(connection, transaction, itemId) is not { } current)
        {
            return false;
        }

        using var append = Command(connection, transaction, """
            INSERT INTO outbox (seq, item_id, story_seq, kind, at_ms, partner_id, transport)
            SELECT COALESCE(MAX(seq), 0) + 1, $1, $2, $3, $4, $5, $6 FROM outbox
            """,
            itemId, current, OutboxKindColumn.ToText(OutboxKind.Replayed), _time.GetUtcNow().ToUnixTimeMilliseconds(), partnerId, transport);
        append.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    public void AdvanceLane(string lane, long through)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        ArgumentOutOfRangeException.ThrowIfNegative(through);
        using var connection = _dataSource.OpenConnection();

        // Never back, and never past the outbox's end: a position ahead of it would skip entries not yet written.
        using var command = Command(connection, null, """
            INSERT INTO lanes (lane, through) SELECT $1, $2 WHERE $2 <= (SELECT COALESCE(MAX(seq), 0) FROM outbox)
            ON CONFLICT (lane) DO UPDATE SET through = GREATEST(lanes.through, excluded.through)
            """, lane, through);
        if (command.ExecuteNonQuery() == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(through), through, "Past the outbox's last entry.");
        }
    }

    public int PruneOutbox(long through, DateTimeOffset before)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(through);
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null,
            "DELETE FROM outbox WHERE seq <= $1 AND seq < (SELECT MAX(seq) FROM outbox) AND at_ms < $2", through, before.ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    /// <summary>Takes the writers' lock and reads the sequence of the item's current version; null when there is no such item.</summary>
    private static long? LockAndFindCurrent(NpgsqlConnection connection, NpgsqlTransaction transaction, string itemId)
    {
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
        using var find = Command(connection, transaction, "SELECT current_seq FROM items WHERE item_id = $1", itemId);
        return find.ExecuteScalar() as long?;
    }

    private BatchOutcome CommitLocked(IngestBatch batch, out long lastSignature)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
        var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (_window is not null)
        {
            LoadSignatures(connection, transaction);
        }

        var writes = new BatchWrites(at);
        var outcome = StoreStories(connection, transaction, batch.Stories, writes);
        var rejected = 0;
        foreach (var (reason, count) in batch.RejectionsByReason)
        {
            writes.Count(StoreCounters.RejectedByReasonPrefix + reason, count);
            rejected += count;
        }

        writes.Count(StoreCounters.Stored, outcome.Stored);
        writes.Count(StoreCounters.Duplicates, outcome.Duplicates);
        writes.Count(StoreCounters.Superseded, outcome.Superseded);
        writes.Count(StoreCounters.NearDuplicates, outcome.NearDuplicates);
        writes.Count(StoreCounters.Rejected, rejected);
        Write(connection, transaction, writes, batch.Offsets);
        transaction.Commit();
        lastSignature = writes.Signatures.Count > 0 ? writes.Signatures[^1].Sequence : 0;
        return outcome with { Rejected = rejected };
    }

    /// <summary>
    /// Decides, story by story, what SQLite's writer decides (see <c>SqliteStoryStore.StoreStories</c>):
    /// a new item unless it nearly duplicates one in the window, the current version if it outranks the one
    /// there, else a superseded one; the same content again only counts as a duplicate. The items and
    /// content ids the batch names are read in one query each; what it writes is written at the end.
    /// </summary>
    private BatchOutcome StoreStories(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestedStory> stories, BatchWrites writes)
    {
        int stored = 0, duplicates = 0, superseded = 0, nearDuplicates = 0;
        if (stories.Count == 0)
        {
            return default;
        }

        var items = KnownItems(connection, transaction, stories);
        var contentIds = KnownContentIds(connection, transaction, stories);
        var nextSequence = NextSequence(connection, transaction);
        var itemOfNewSequence = new Dictionary<long, string>();
        var at = writes.At;
        foreach (var ingested in stories)
        {
            var state = items.GetValueOrDefault(ingested.ItemId);
            var duplicateOf = state is null ? FindNearDuplicate(connection, transaction, ingested, at, itemOfNewSequence) : null;
            var action = _nearDuplicateSettings.ActionFor(ingested.Story.Provider ?? ingested.Story.Credit);
            if (duplicateOf is not null && action == NearDuplicateAction.Drop)
            {
                nearDuplicates++;
                continue;
            }

            if (!contentIds.Add(ingested.Story.Id))
            {
                writes.Seen(ingested.Story.Id);
                duplicates++;
                continue;
            }

            var seq = nextSequence++;
            stored++;
            writes.Stories.Add((seq, state?.Sequence ?? seq, ingested));
            if (state is null)
            {
                nearDuplicates += duplicateOf is null ? 0 : 1;
                var suppressed = duplicateOf is not null && action == NearDuplicateAction.Link;
                state = new ItemState(seq, ingested.Rank, suppressed, isNew: true) { KilledNow = ingested.Rank.IsKill };
                items[ingested.ItemId] = state;
                writes.NewItems.Add((ingested.ItemId, state, duplicateOf));
                if (!suppressed)
                {
                    // A kill that starts its item (it came before any version) is still news to whoever holds the story.
                    writes.Announce(ingested.ItemId, seq, ingested.Rank.IsKill ? OutboxKind.Killed : OutboxKind.New, ingested.Trace);
                }

                if (duplicateOf is null && ingested.Signature is not null && _window is not null)
                {
                    writes.Signatures.Add((seq, ingested.SignatureBytes!));
                    _window.AddPending(seq, ingested.Signature, at);
                    itemOfNewSequence[seq] = ingested.ItemId;
                }
            }
            else if (state.Current > ingested.Rank)
            {
                superseded++;
            }
            else
            {
                var wasKilled = state.Current.IsKill;
                if (!state.IsNew && !state.Changed)
                {
                    writes.Touched(state);
                }

                state.Current = ingested.Rank;
                state.CurrentSequence = seq;
                state.Changed = true;
                state.KilledNow |= ingested.Rank.IsKill;

                // A linked near duplicate was never announced, so neither are its versions; a killed item only
                // changes by another kill, and its first kill was announced.
                if (!state.Suppressed && !wasKilled)
                {
                    var kind = ingested.Rank.IsKill ? OutboxKind.Killed : ingested.Rank.IsCorrection ? OutboxKind.Corrected : OutboxKind.Updated;
                    writes.Announce(ingested.ItemId, seq, kind, ingested.Trace);
                }
            }
        }

        return new BatchOutcome(stored, duplicates, 0, superseded, nearDuplicates);
    }

    /// <summary>The items the batch names that the store holds, with the rank of their current version.</summary>
    private static Dictionary<string, ItemState> KnownItems(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestedStory> stories)
    {
        using var command = Command(connection, transaction, """
            SELECT i.item_id, i.seq, s.is_kill, s.version, s.updated_ms, s.is_correction, s.id, i.suppressed
            FROM items i JOIN stories s ON s.seq = i.current_seq
            WHERE i.item_id = ANY($1)
            """, (object)stories.Select(story => story.ItemId).Distinct(StringComparer.Ordinal).ToArray());
        using var reader = command.ExecuteReader();
        var items = new Dictionary<string, ItemState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var rank = new VersionRank(reader.GetBoolean(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetBoolean(5), reader.GetString(6));
            items[reader.GetString(0)] = new ItemState(reader.GetInt64(1), rank, reader.GetBoolean(7), isNew: false);
        }

        return items;
    }

    /// <summary>The content ids of the batch that the store already holds.</summary>
    private static HashSet<string> KnownContentIds(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestedStory> stories)
    {
        using var command = Command(connection, transaction, "SELECT id FROM stories WHERE id = ANY($1)",
            (object)stories.Select(story => story.Story.Id).Distinct(StringComparer.Ordinal).ToArray());
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static long NextSequence(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT COALESCE(MAX(seq), 0) + 1 FROM stories");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The item a new story's body nearly duplicates, or null; never for a story without a signature.</summary>
    private string? FindNearDuplicate(NpgsqlConnection connection, NpgsqlTransaction transaction, IngestedStory ingested, long at, Dictionary<long, string> itemOfNewSequence)
    {
        if (_window is null || ingested.Signature is not { } signature || _window.Find(signature, at) is not { } match)
        {
            return null;
        }

        if (itemOfNewSequence.TryGetValue(match.StoryKey, out var itemId))
        {
            return itemId;
        }

        // Signatures are kept for stories that started their item: the item's key is the story's sequence.
        using var command = Command(connection, transaction, "SELECT item_id FROM items WHERE seq = $1", match.StoryKey);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Writes what the batch decided: its stories by binary COPY, the rest in one round trip.</summary>
    private void Write(NpgsqlConnection connection, NpgsqlTransaction transaction, BatchWrites writes, IEnumerable<ConsumedOffset> offsets)
    {
        if (writes.Stories.Count > 0)
        {
            CopyStories(connection, writes);
        }

        using var batch = new NpgsqlBatch(connection, transaction);
        if (writes.NewItems.Count > 0)
        {
            var rows = writes.NewItems;
            Add(batch, """
                INSERT INTO items (seq, item_id, current_seq, change_seq, first_stored_ms, updated_ms, killed_at_ms, duplicate_of, suppressed)
                SELECT u.seq, u.item_id, u.current_seq, u.current_seq, $4, $4, CASE WHEN u.killed THEN $4 END, u.duplicate_of, u.suppressed
                FROM unnest($1::bigint[], $2::text[], $3::bigint[], $5::boolean[], $6::text[], $7::boolean[]) AS u(seq, item_id, current_seq, killed, duplicate_of, suppressed)
                """,
                rows.Select(row => row.State.Sequence).ToArray(), rows.Select(row => row.ItemId).ToArray(), rows.Select(row => row.State.CurrentSequence).ToArray(),
                writes.At, rows.Select(row => row.State.KilledNow).ToArray(), rows.Select(row => row.DuplicateOf).ToArray(), rows.Select(row => row.State.Suppressed).ToArray());
        }

        var changed = writes.ChangedItems;
        if (changed.Count > 0)
        {
            Add(batch, """
                UPDATE items i SET current_seq = u.current_seq, change_seq = u.current_seq, updated_ms = $4,
                    killed_at_ms = COALESCE(i.killed_at_ms, CASE WHEN u.killed THEN $4 END)
                FROM unnest($1::bigint[], $2::bigint[], $3::boolean[]) AS u(seq, current_seq, killed)
                WHERE i.seq = u.seq
                """,
                changed.Select(item => item.Sequence).ToArray(), changed.Select(item => item.CurrentSequence).ToArray(), changed.Select(item => item.KilledNow).ToArray(), writes.At);
        }

        if (writes.TimesSeen.Count > 0)
        {
            Add(batch, "UPDATE stories s SET times_seen = s.times_seen + u.n FROM unnest($1::text[], $2::integer[]) AS u(id, n) WHERE s.id = u.id",
                writes.TimesSeen.Keys.ToArray(), writes.TimesSeen.Values.ToArray());
        }

        if (writes.Outbox.Count > 0)
        {
            Add(batch, """
                INSERT INTO outbox (seq, item_id, story_seq, kind, at_ms, trace_parent, trace_state)
                SELECT (SELECT COALESCE(MAX(seq), 0) FROM outbox) + u.n, u.item_id, u.story_seq, u.kind, $4, u.trace_parent, u.trace_state
                FROM unnest($1::text[], $2::bigint[], $3::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u(item_id, story_seq, kind, trace_parent, trace_state, n)
                """,
                writes.Outbox.Select(entry => entry.ItemId).ToArray(), writes.Outbox.Select(entry => entry.StorySequence).ToArray(),
                writes.Outbox.Select(entry => OutboxKindColumn.ToText(entry.Kind)).ToArray(), writes.At,
                writes.Outbox.Select(entry => entry.Trace?.Parent).ToArray(), writes.Outbox.Select(entry => entry.Trace?.State).ToArray());
        }

        if (writes.Signatures.Count > 0)
        {
            Add(batch, "INSERT INTO signature_batches (last_seq, stored_at_ms, count, signatures) VALUES ($1, $2, $3, $4)",
                writes.Signatures[^1].Sequence, writes.At, writes.Signatures.Count, SignatureBatch.Write(writes.Signatures));
        }

        if (_window?.EvictedThrough is { } evicted)
        {
            // The signatures of stories that left the window are not read again.
            Add(batch, "DELETE FROM signature_batches WHERE last_seq <= $1", evicted);
        }

        if (writes.Counters.Count > 0)
        {
            Add(batch, """
                INSERT INTO counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
                ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value
                """, writes.Counters.Keys.ToArray(), writes.Counters.Values.ToArray());
        }

        var consumed = offsets.ToList();
        if (consumed.Count > 0)
        {
            // Implementation note: a consumer that lost its partition (a rebalance while its batch was in
            // flight) may commit after the partition's new owner: its offset is older and must not win. The
            // larger offset wins, unless the cluster changed (a new broker starts its partitions over).
            Add(batch, """
                INSERT INTO consumer_offsets (topic, partition, next_offset, cluster_id)
                SELECT * FROM unnest($1::text[], $2::integer[], $3::bigint[], $4::text[])
                ON CONFLICT (topic, partition) DO UPDATE SET
                    next_offset = CASE WHEN consumer_offsets.cluster_id IS NOT DISTINCT FROM excluded.cluster_id
                                       THEN GREATEST(consumer_offsets.next_offset, excluded.next_offset) ELSE excluded.next_offset END,
                    cluster_id = excluded.cluster_id
                """,
                consumed.Select(offset => offset.Topic).ToArray(), consumed.Select(offset => offset.Partition).ToArray(),
                consumed.Select(offset => offset.NextOffset).ToArray(), consumed.Select(offset => offset.ClusterId).ToArray());
        }

        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }
    }

    private static void CopyStories(NpgsqlConnection connection, BatchWrites writes)
    {
        using var importer = connection.BeginBinaryImport("""
            COPY stories (seq, id, stored_at_ms, source_topic, source_partition, source_offset, json,
                          item_seq, version, updated_ms, is_kill, is_correction, is_withheld, exclusive_to)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (seq, itemSeq, ingested) in writes.Stories)
        {
            var story = ingested.Story;
            importer.StartRow();
            importer.Write(seq, NpgsqlDbType.Bigint);
            importer.Write(story.Id, NpgsqlDbType.Text);
            importer.Write(writes.At, NpgsqlDbType.Bigint);
            importer.Write(ingested.Source.Topic, NpgsqlDbType.Text);
            importer.Write(ingested.Source.Partition, NpgsqlDbType.Integer);
            importer.Write(ingested.Source.Offset, NpgsqlDbType.Bigint);
            importer.Write(ingested.Json, NpgsqlDbType.Bytea);
            importer.Write(itemSeq, NpgsqlDbType.Bigint);
            importer.Write(ingested.Rank.Version, NpgsqlDbType.Bigint);
            importer.Write(ingested.Rank.UpdatedUnixMilliseconds, NpgsqlDbType.Bigint);
            importer.Write(ingested.Rank.IsKill, NpgsqlDbType.Boolean);
            importer.Write(ingested.Rank.IsCorrection, NpgsqlDbType.Boolean);
            importer.Write(story.PubStatus == PubStatus.Withheld, NpgsqlDbType.Boolean);
            if (story.Rights.ExclusiveTo is { } exclusiveTo)
            {
                importer.Write(exclusiveTo, NpgsqlDbType.Text);
            }
            else
            {
                importer.WriteNull();
            }
        }

        importer.Complete();
    }

    private static void Add(NpgsqlBatch batch, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        batch.BatchCommands.Add(command);
    }
}
