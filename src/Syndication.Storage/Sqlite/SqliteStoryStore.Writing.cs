using Microsoft.Data.Sqlite;
using Syndication.Core.Stories;
using Syndication.Core.Versions;
using Syndication.Storage.NearDuplicates;
using static Syndication.Storage.Sqlite.WriterStatements;

namespace Syndication.Storage.Sqlite;

/// <summary>The write path: one transaction per batch, by the single writer.</summary>
public sealed partial class SqliteStoryStore
{
    /// <summary>
    /// Stores the batch's new stories, counts its duplicates and rejections and records its offsets, all or
    /// nothing.
    /// </summary>
    public BatchOutcome Commit(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            BatchOutcome outcome;
            try
            {
                outcome = CommitLocked(batch);
            }
            catch
            {
                _window?.RolledBack();
                _recentItems.RolledBack();
                _nextSequence = NextSequence(_writer);
                throw;
            }

            _window?.Committed();
            _recentItems.Committed();
            if (_recentItems.ShouldFlush)
            {
                FlushItemKeys();
            }

            return outcome;
        }
    }

    /// <summary>
    /// Routes an item to a partner: an operator's decision that a story held for its exclusivity may reach
    /// that partner. False when there is no such item.
    /// </summary>
    public bool Route(string itemId, string partnerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        if (FindItem(itemId) is not { } item)
        {
            return false;
        }

        lock (_writeGate)
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR IGNORE INTO routes (item_id, partner_id, routed_at_ms) VALUES ($item, $partner, $at)";
            command.Parameters.AddWithValue("$item", itemId);
            command.Parameters.AddWithValue("$partner", partnerId);
            var at = _time.GetUtcNow().ToUnixTimeMilliseconds();
            command.Parameters.AddWithValue("$at", at);
            if (command.ExecuteNonQuery() == 1)
            {
                // A new route is news for the partner's push lanes, in the same transaction as the route.
                Announce(itemId, item.Current.Sequence, OutboxKind.Routed, at, null);
            }

            transaction.Commit();
            return true;
        }
    }

    /// <summary>
    /// Replays a dead-lettered delivery: appends an outbox entry of kind <see cref="OutboxKind.Replayed"/>
    /// for <paramref name="partnerId"/> only, at the item's current version, so that partner's lane sends
    /// the latest (a kill as its kill), never the stale version that was given up on. False when there is
    /// no such item.
    /// </summary>
    /// <param name="itemId">The item whose delivery was dead-lettered.</param>
    /// <param name="partnerId">The partner it was for.</param>
    /// <param name="transport">The transport that gave up (<c>webhook</c>, <c>kafka</c>), so the partner's other transports, which delivered, are not sent it again; null for all of them.</param>
    public bool Replay(string itemId, string partnerId, string? transport = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        lock (_writeGate)
        {
            // Implementation note: the current version is read under the write gate, so no batch can promote
            // another version between reading it and appending the entry.
            if (FindItem(itemId) is not { } item)
            {
                return false;
            }

            using var transaction = _writer.BeginTransaction();
            using var append = _writer.CreateCommand();
            append.Transaction = transaction;
            append.CommandText = "INSERT INTO outbox (item_id, story_seq, kind, at_ms, partner_id, transport) VALUES ($item, $storySeq, $kind, $at, $partner, $transport)";
            append.Parameters.AddWithValue("$item", itemId);
            append.Parameters.AddWithValue("$storySeq", item.Current.Sequence);
            append.Parameters.AddWithValue("$kind", OutboxKindColumn.ToText(OutboxKind.Replayed));
            append.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUnixTimeMilliseconds());
            append.Parameters.AddWithValue("$partner", partnerId);
            append.Parameters.AddWithValue("$transport", (object?)transport ?? DBNull.Value);
            append.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }
    }

    /// <summary>
    /// Moves a delivery lane's position to <paramref name="through"/>: every outbox entry up to it was
    /// delivered or dead-lettered. A position never moves back; an older one is ignored.
    /// </summary>
    /// <param name="lane">The lane, e.g. <c>partner:meo:webhook</c>.</param>
    /// <param name="through">An outbox <see cref="OutboxEntry.Sequence"/>, at most <see cref="SqlStoryStore.OutboxHead"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Past the outbox's end: the lane would skip entries not yet written.</exception>
    public void AdvanceLane(string lane, long through)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        ArgumentOutOfRangeException.ThrowIfNegative(through);
        lock (_writeGate)
        {
            if (With(_statements.AdvanceLane, null, ("$lane", lane), ("$through", through)).ExecuteNonQuery() == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(through), through, "Past the outbox's last entry.");
            }
        }
    }

    public int PruneOutbox(long through, DateTimeOffset before)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(through);
        lock (_writeGate)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = "DELETE FROM outbox WHERE seq <= $through AND seq < (SELECT MAX(seq) FROM outbox) AND at_ms < $before";
            command.Parameters.AddWithValue("$through", through);
            command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
            return command.ExecuteNonQuery();
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
            AddToCounter(transaction, StoreCounters.RejectedByReasonPrefix + reason, count);
            rejected += count;
        }

        AddToCounter(transaction, StoreCounters.Stored, outcome.Stored);
        AddToCounter(transaction, StoreCounters.Duplicates, outcome.Duplicates);
        AddToCounter(transaction, StoreCounters.Superseded, outcome.Superseded);
        AddToCounter(transaction, StoreCounters.NearDuplicates, outcome.NearDuplicates);
        AddToCounter(transaction, StoreCounters.Rejected, rejected);
        if (_window?.EvictedThrough is { } evicted)
        {
            // The signatures of stories that left the window are not read again.
            With(_statements.DeleteSignatures, transaction, ("$through", evicted)).ExecuteNonQuery();
        }

        foreach (var offset in batch.Offsets)
        {
            With(_statements.UpsertOffset, transaction, ("$topic", offset.Topic), ("$partition", offset.Partition), ("$next", offset.NextOffset), ("$cluster", offset.ClusterId))
                .ExecuteNonQuery();
        }

        transaction.Commit();
        return outcome with { Rejected = rejected };
    }

    /// <summary>
    /// Stores each story as a version of its item: a new item unless it nearly duplicates one in the
    /// window, the current version if it outranks the one there, else a superseded one; the same content
    /// again only counts as a duplicate. Each story that becomes its item's current version is announced in
    /// the outbox, in the same transaction: nothing is pushed that was not stored, nothing stored is missed.
    /// </summary>
    private BatchOutcome StoreStories(SqliteTransaction transaction, IReadOnlyList<IngestedStory> stories, long at)
    {
        int stored = 0, duplicates = 0, superseded = 0, nearDuplicates = 0;
        Dictionary<string, int>? storedByFormat = null;
        var signatures = new List<(long Sequence, byte[] Signature)>();
        foreach (var ingested in stories)
        {
            var item = FindItem(transaction, ingested.ItemId);
            var duplicateOf = item is null ? FindNearDuplicate(transaction, ingested, at) : null;
            var action = _nearDuplicateSettings.ActionFor(ingested.Story.Provider ?? ingested.Story.Credit);
            if (duplicateOf is not null && action == NearDuplicateAction.Drop)
            {
                nearDuplicates++;
                continue;
            }

            var seq = _nextSequence;
            var indexed = item is null && duplicateOf is null && ingested.Signature is not null && _window is not null;
            if (!Insert(ingested, seq, item?.Sequence ?? seq, at))
            {
                _statements.MarkSeen.Bind(1, ingested.Story.Id).Execute();
                duplicates++;
                continue;
            }

            _nextSequence++;
            stored++;
            storedByFormat ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var format = ingested.Story.Format;
            storedByFormat[format] = storedByFormat.GetValueOrDefault(format) + 1;
            if (item is not { } known)
            {
                nearDuplicates += duplicateOf is null ? 0 : 1;
                var suppressed = duplicateOf is not null && action == NearDuplicateAction.Link;
                StartItem(ingested, seq, at, duplicateOf, suppressed);
                if (!suppressed)
                {
                    // A kill that starts its item (it came before any version) is still news to whoever holds the story.
                    Announce(ingested.ItemId, seq, ingested.Rank.IsKill ? OutboxKind.Killed : OutboxKind.New, at, ingested.Trace);
                }

                if (indexed)
                {
                    signatures.Add((seq, ingested.SignatureBytes!));
                    _window!.AddPending(seq, ingested.Signature!, at);
                }
            }
            else if (known.Current > ingested.Rank)
            {
                superseded++;
            }
            else
            {
                With(_statements.Promote, transaction, ("$itemSeq", known.Sequence), ("$seq", seq), ("$at", at), ("$killed", ingested.Rank.IsKill ? at : null))
                    .ExecuteNonQuery();

                // A linked near duplicate was never announced, so neither are its versions; a killed item only
                // changes by another kill, and its first kill was announced.
                if (!known.Suppressed && !known.Current.IsKill)
                {
                    var kind = ingested.Rank.IsKill ? OutboxKind.Killed : ingested.Rank.IsCorrection ? OutboxKind.Corrected : OutboxKind.Updated;
                    Announce(ingested.ItemId, seq, kind, at, ingested.Trace);
                }
            }
        }

        if (signatures.Count > 0)
        {
            With(_statements.InsertSignatures, transaction,
                ("$last", signatures[^1].Sequence), ("$at", at), ("$count", signatures.Count), ("$signatures", SignatureBatch.Write(signatures)))
                .ExecuteNonQuery();
        }

        return new BatchOutcome(stored, duplicates, 0, superseded, nearDuplicates) { StoredByFormat = storedByFormat };
    }

    /// <summary>
    /// The item with this id, with the rank of its current version and whether it is a linked near duplicate;
    /// null for an item not seen before.
    /// </summary>
    private (long Sequence, VersionRank Current, bool Suppressed)? FindItem(SqliteTransaction transaction, string itemId)
    {
        var key = ItemKey(itemId);
        long itemSeq;
        if (!_recentItems.TryGet(key, out itemSeq))
        {
            if (!_keyedItems.MayContain(key) || With(_statements.KeyedItem, transaction, ("$key", key)).ExecuteScalar() is not long keyed)
            {
                return null;
            }

            itemSeq = keyed;
        }

        using var reader = With(_statements.CurrentVersion, transaction, ("$itemSeq", itemSeq)).ExecuteReader();
        if (!reader.Read() || reader.GetString(0) != itemId)
        {
            return null;
        }

        return (itemSeq, new VersionRank(reader.GetBoolean(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetBoolean(4), reader.GetString(5)), reader.GetBoolean(6));
    }

    /// <summary>The item a new story's body nearly duplicates, or null; never for a story without a signature.</summary>
    private string? FindNearDuplicate(SqliteTransaction transaction, IngestedStory ingested, long at)
    {
        if (_window is null || ingested.Signature is not { } signature || _window.Find(signature, at) is not { } match)
        {
            return null;
        }

        return With(_statements.ItemOfSequence, transaction, ("$seq", match.StoryKey)).ExecuteScalar() as string;
    }

    /// <summary>Inserts the story's row at <paramref name="seq"/>; false when the same content is already stored.</summary>
    private bool Insert(IngestedStory ingested, long seq, long itemSeq, long at)
    {
        var story = ingested.Story;
        var rank = ingested.Rank;
        return _statements.InsertStory
            .Bind(1, seq).Bind(2, story.Id).Bind(3, at).Bind(4, ingested.Source.Topic).Bind(5, ingested.Source.Partition)
            .Bind(6, ingested.Source.Offset).Bind(7, ingested.Json).Bind(8, itemSeq).Bind(9, rank.Version)
            .Bind(10, rank.UpdatedUnixMilliseconds).Bind(11, rank.IsKill).Bind(12, rank.IsCorrection)
            .Bind(13, story.PubStatus == PubStatus.Withheld).Bind(14, story.Rights.ExclusiveTo)
            .Execute() == 1;
    }

    /// <summary>Starts the story's item with it, keyed by its sequence.</summary>
    private void StartItem(IngestedStory ingested, long seq, long at, string? duplicateOf, bool suppressed)
    {
        var key = ItemKey(ingested.ItemId);
        _statements.InsertItem
            .Bind(1, seq).Bind(2, ingested.ItemId).Bind(3, key).Bind(4, at).Bind(5, ingested.Rank.IsKill ? at : null)
            .Bind(6, duplicateOf).Bind(7, suppressed)
            .Execute();
        _recentItems.AddPending(key, seq);
    }

    /// <summary>Appends the outbox entry that announces the story at <paramref name="storySeq"/>, its item's current version.</summary>
    private void Announce(string itemId, long storySeq, OutboxKind kind, long at, StoryTrace? trace) =>
        _statements.AppendOutbox
            .Bind(1, itemId).Bind(2, storySeq).Bind(3, OutboxKindColumn.ToText(kind)).Bind(4, at).Bind(5, trace?.Parent).Bind(6, trace?.State)
            .Execute();

    private void AddToCounter(SqliteTransaction transaction, string name, long delta)
    {
        if (delta != 0)
        {
            With(_statements.AddToCounter, transaction, ("$name", name), ("$delta", delta)).ExecuteNonQuery();
        }
    }

    /// <summary>Writes the recent items' keys to <c>item_keys</c> in key order, in a transaction of its own.</summary>
    private void FlushItemKeys()
    {
        try
        {
            using var transaction = _writer.BeginTransaction();
            var keys = _recentItems.InKeyOrder();
            foreach (var (key, itemSeq) in keys)
            {
                With(_statements.InsertItemKey, transaction, ("$key", key), ("$itemSeq", itemSeq)).ExecuteNonQuery();
            }

            // Every item up to the newest story is now either in item_keys or older than the last watermark.
            With(_statements.MarkKeyedThrough, transaction, ("$through", _nextSequence - 1)).ExecuteNonQuery();
            transaction.Commit();
            foreach (var (key, _) in keys)
            {
                _keyedItems.Add(key);
            }

            if (_keyedItems.IsFull)
            {
                LoadKeyedItems();
            }

            _recentItems.Clear();
        }
        catch (SqliteException)
        {
            // The keys stay in memory and are written with a later batch; nothing is lost meanwhile.
        }
    }
}
