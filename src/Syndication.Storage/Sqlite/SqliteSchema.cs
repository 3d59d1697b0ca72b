namespace Syndication.Storage.Sqlite;

/// <summary>The store's tables. Versioned with <c>PRAGMA user_version</c>.</summary>
/// <remarks>
/// Implementation note: <c>stories.seq</c> is the rowid without AUTOINCREMENT: stories are never deleted,
/// so it still only grows, and each insert saves an update of <c>sqlite_sequence</c>.
/// </remarks>
internal static class SqliteSchema
{
    internal const int Version = 1;

    internal const string Create = """
        CREATE TABLE IF NOT EXISTS stories (
            seq              INTEGER PRIMARY KEY,
            id               TEXT    NOT NULL UNIQUE,
            stored_at_ms     INTEGER NOT NULL,
            times_seen       INTEGER NOT NULL DEFAULT 1,
            source_topic     TEXT    NOT NULL,
            source_partition INTEGER NOT NULL,
            source_offset    INTEGER NOT NULL,
            json             BLOB    NOT NULL
        );
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
}
