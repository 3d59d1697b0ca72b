namespace Syndication.Storage.Sqlite;

/// <summary>The store's tables. Versioned with <c>PRAGMA user_version</c>; older files are migrated in place.</summary>
/// <remarks>
/// Implementation note: every table and index that grows with each story is written at its end, save
/// the content ids' (<c>stories.id</c>), which exact deduplication needs: <c>stories.seq</c> is the rowid
/// without AUTOINCREMENT (stories are never deleted), an item's row is keyed by the sequence of the story
/// that started it, and the versions of an item are found by that sequence. Items are found by id through
/// <c>item_keys</c>, written in sorted batches (see <see cref="RecentItemKeys"/>). <c>items.change_seq</c>
/// (the story that last changed it, a kill included) orders feeds and makes their ETag. A story that starts
/// an item and is not itself a near duplicate has its MinHash signature in <c>signatures</c>, what the
/// near-duplicate index is rebuilt from at start; rows leave it with the window. Implementation note: the
/// signature was a column of the story first, and its 257 bytes took rows near 4 KB over a page boundary,
/// an overflow page more per story.
/// </remarks>
internal static class SqliteSchema
{
    internal const int Version = 2;

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
            is_withheld      INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS signatures (
            seq              INTEGER PRIMARY KEY,
            stored_at_ms     INTEGER NOT NULL,
            signature        BLOB    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS items (
            seq              INTEGER PRIMARY KEY,
            item_id          TEXT    NOT NULL,
            item_key         INTEGER NOT NULL,
            keyed            INTEGER NOT NULL DEFAULT 0,
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
        CREATE INDEX IF NOT EXISTS items_unkeyed ON items (keyed) WHERE keyed = 0;
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
        """;

    /// <summary>The indexes on columns a migration adds; made after it.</summary>
    internal const string Indexes = """
        CREATE INDEX IF NOT EXISTS stories_by_item ON stories (item_seq);
        """;
}
