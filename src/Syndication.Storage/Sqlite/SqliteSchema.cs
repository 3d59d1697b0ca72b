namespace Syndication.Storage.Sqlite;

/// <summary>The store's tables. Versioned with <c>PRAGMA user_version</c>; older files are migrated in place.</summary>
/// <remarks>
/// Implementation note: every table and index that grows with each story is written at its end, save
/// the content ids' (<c>stories.id</c>), which exact deduplication needs: <c>stories.seq</c> is the rowid
/// without AUTOINCREMENT (stories are never deleted), an item's row is keyed by the sequence of the story
/// that started it, and the versions of an item are found by that sequence. Items are found by id through
/// <c>item_keys</c>, written in sorted batches (see <see cref="RecentItemKeys"/>) up to the item the counter
/// <see cref="ItemKeysThroughCounter"/> names; the items after it are found in memory. <c>items.change_seq</c>
/// (the story that last changed it, a kill included) orders feeds and makes their ETag. A story that starts
/// an item and is not itself a near duplicate has its MinHash signature in <c>signature_batches</c> (one
/// row per batch, see <see cref="NearDuplicates.SignatureBatch"/>), what the near-duplicate index is rebuilt from at
/// start; rows leave it with the window. Implementation note: the signature was a column of the story
/// first, and its 257 bytes took rows near 4 KB over a page boundary, an overflow page more per story. Implementation note: version 2 marked each item once its key was
/// written, which cost every new item a row update and two writes to a partial index; one watermark does.
/// <c>stories.exclusive_to</c> finds the exclusive stories (the held ones among them) without reading
/// every story's JSON; <c>routes</c> holds the partners an operator routed an item to.
/// <c>outbox</c> is appended in the batch's transaction, a row for each change partners are pushed (see
/// <see cref="OutboxEntry"/>), at its end like the stories; <c>lanes</c> holds how far each delivery lane
/// has read it. A store migrated from an older version starts with an empty outbox: what it held before
/// is not pushed. <c>websub_subscriptions</c> (version 4) holds the verified WebSub subscriptions; its ids
/// are AUTOINCREMENT so that a removed subscription's id, which names its lane, is never given to another.
/// From version 3 the migration adds <c>outbox.transport</c> (a replay's transport), then <see cref="Create"/> adds that table.
/// Version 5 adds <c>outbox.trace_parent</c> and <c>outbox.trace_state</c>: the W3C trace context of the
/// story an entry announces (see <see cref="StoryTrace"/>), so its deliveries continue the story's trace.
/// </remarks>
internal static class SqliteSchema
{
    internal const int Version = 5;

    internal const string Create = """
        CREATE TABLE IF NOT EXISTS stories (
            seq              INTEGER PRIMARY KEY,
            id               TEXT    NOT NULL UNIQUE,
            stored_at_ms     INTEGER NOT NULL,
            times_seen       INTEGER NOT NULL DEFAULT 1,
            source_topic     TEXT    NOT NULL,
            source_partition INTEGER NOT NULL,
            source_offset    INTEGER NOT NULL,
            json             BLOB    NOT NULL,
            item_seq         INTEGER NOT NULL DEFAULT 0,
            version          INTEGER NOT NULL DEFAULT 0,
            updated_ms       INTEGER NOT NULL DEFAULT 0,
            is_kill          INTEGER NOT NULL DEFAULT 0,
            is_correction    INTEGER NOT NULL DEFAULT 0,
            is_withheld      INTEGER NOT NULL DEFAULT 0,
            exclusive_to     TEXT
        );
        CREATE TABLE IF NOT EXISTS signature_batches (
            last_seq         INTEGER PRIMARY KEY,
            stored_at_ms     INTEGER NOT NULL,
            count            INTEGER NOT NULL,
            signatures       BLOB    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS items (
            seq              INTEGER PRIMARY KEY,
            item_id          TEXT    NOT NULL,
            item_key         INTEGER NOT NULL,
            current_seq      INTEGER NOT NULL,
            change_seq       INTEGER NOT NULL,
            first_stored_ms  INTEGER NOT NULL,
            updated_ms       INTEGER NOT NULL,
            killed_at_ms     INTEGER,
            duplicate_of     TEXT,
            suppressed       INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS item_keys (
            item_key         INTEGER PRIMARY KEY,
            item_seq         INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS items_by_change ON items (change_seq);
        CREATE INDEX IF NOT EXISTS items_by_kill ON items (killed_at_ms) WHERE killed_at_ms IS NOT NULL;
        CREATE TABLE IF NOT EXISTS routes (
            item_id          TEXT    NOT NULL,
            partner_id       TEXT    NOT NULL,
            routed_at_ms     INTEGER NOT NULL,
            PRIMARY KEY (item_id, partner_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS consumer_offsets (
            topic       TEXT    NOT NULL,
            partition   INTEGER NOT NULL,
            next_offset INTEGER NOT NULL,
            cluster_id  TEXT,
            PRIMARY KEY (topic, partition)
        );
        CREATE TABLE IF NOT EXISTS counters (
            name  TEXT    PRIMARY KEY,
            value INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS outbox (
            seq              INTEGER PRIMARY KEY,
            item_id          TEXT    NOT NULL,
            story_seq        INTEGER NOT NULL,
            kind             TEXT    NOT NULL,
            at_ms            INTEGER NOT NULL,
            partner_id       TEXT,
            transport        TEXT,
            trace_parent     TEXT,
            trace_state      TEXT
        );
        CREATE TABLE IF NOT EXISTS lanes (
            lane             TEXT    PRIMARY KEY,
            through          INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS websub_subscriptions (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            partner_id       TEXT    NOT NULL,
            feed             TEXT    NOT NULL,
            topic            TEXT    NOT NULL,
            callback         TEXT    NOT NULL,
            secret           TEXT,
            lease_seconds    INTEGER NOT NULL,
            expires_at_ms    INTEGER NOT NULL,
            UNIQUE (callback, topic)
        );
        """;

    /// <summary>From version 1 (one story per row, no items): the columns; each story becomes an item of its own after.</summary>
    internal const string MigrateFrom1 = """
        ALTER TABLE stories ADD COLUMN item_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN is_kill INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN is_correction INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN is_withheld INTEGER NOT NULL DEFAULT 0;
        UPDATE stories SET item_seq = seq;
        """ + ExclusiveColumn;

    /// <summary>
    /// From version 2: item keys written through a watermark instead of a flag on every item, and the
    /// stories' exclusivity in a column of its own.
    /// </summary>
    internal const string MigrateFrom2 = $"""
        INSERT OR REPLACE INTO counters (name, value)
            SELECT '{ItemKeysThroughCounter}', COALESCE((SELECT MIN(seq) - 1 FROM items WHERE keyed = 0), (SELECT MAX(seq) FROM items), 0);
        DROP INDEX IF EXISTS items_unkeyed;
        ALTER TABLE items DROP COLUMN keyed;
        """ + ExclusiveColumn;

    /// <summary>From version 3: the transport a replayed delivery is for.</summary>
    internal const string MigrateFrom3 = "ALTER TABLE outbox ADD COLUMN transport TEXT;";

    /// <summary>From version 4 (and after <see cref="MigrateFrom3"/>): the trace context of the story an outbox entry announces.</summary>
    internal const string MigrateFrom4 = """
        ALTER TABLE outbox ADD COLUMN trace_parent TEXT;
        ALTER TABLE outbox ADD COLUMN trace_state TEXT;
        """;

    /// <summary>The counter that says through which item sequence the items' keys are in <c>item_keys</c>.</summary>
    internal const string ItemKeysThroughCounter = "store.itemKeysThrough";

    // The JSON is a BLOB: cast, or SQLite would read it as its binary JSONB.
    private const string ExclusiveColumn = """

        ALTER TABLE stories ADD COLUMN exclusive_to TEXT;
        UPDATE stories SET exclusive_to = json_extract(CAST(json AS TEXT), '$.rights.exclusiveTo');
        """;

    /// <summary>The indexes on columns a migration adds; made after it.</summary>
    internal const string Indexes = """
        CREATE INDEX IF NOT EXISTS stories_by_item ON stories (item_seq);
        CREATE INDEX IF NOT EXISTS stories_exclusive ON stories (seq) WHERE exclusive_to IS NOT NULL;
        """;
}
