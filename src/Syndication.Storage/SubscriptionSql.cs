using System.Data.Common;

namespace Syndication.Storage;

/// <summary>
/// The WebSub subscriptions' statements, the same in both stores (<c>websub_subscriptions</c> and its lanes):
/// each store brings its connection, and SQLite its write lock.
/// </summary>
internal static class SubscriptionSql
{
    /// <summary>
    /// Stores a verified subscription in <paramref name="transaction"/>: a new callback and topic gets a new
    /// id, and its lane starts at the outbox's head; an existing one is renewed with its new lease and secret,
    /// and keeps its id and its lane's position.
    /// </summary>
    internal static WebSubSubscription Upsert(
        DbConnection connection, DbTransaction transaction, string partnerId, string feed, Uri topic, Uri callback, string? secret, int leaseSeconds, DateTimeOffset expiresAt)
    {
        using var upsert = StoreCommand.Create(connection, transaction, """
            INSERT INTO websub_subscriptions (partner_id, feed, topic, callback, secret, lease_seconds, expires_at_ms)
            VALUES (@partner, @feed, @topic, @callback, @secret, @lease, @expires)
            ON CONFLICT (callback, topic) DO UPDATE SET
                partner_id = excluded.partner_id, feed = excluded.feed, secret = excluded.secret,
                lease_seconds = excluded.lease_seconds, expires_at_ms = excluded.expires_at_ms
            RETURNING id
            """,
            ("@partner", partnerId), ("@feed", feed), ("@topic", topic.AbsoluteUri), ("@callback", callback.AbsoluteUri), ("@secret", secret),
            ("@lease", leaseSeconds), ("@expires", expiresAt.ToUnixTimeMilliseconds()));
        var id = (long)upsert.ExecuteScalar()!;

        // A renewal finds its lane's row and leaves it: no gap, no repeat.
        using var lane = StoreCommand.Create(connection, transaction,
            "INSERT INTO lanes (lane, through) VALUES (@lane, (SELECT COALESCE(MAX(seq), 0) FROM outbox)) ON CONFLICT (lane) DO NOTHING",
            ("@lane", WebSubSubscription.LaneOf(id)));
        lane.ExecuteNonQuery();
        return new WebSubSubscription(id, partnerId, feed, new Uri(topic.AbsoluteUri), new Uri(callback.AbsoluteUri), secret, leaseSeconds,
            DateTimeOffset.FromUnixTimeMilliseconds(expiresAt.ToUnixTimeMilliseconds()));
    }

    /// <summary>Every subscription, by id.</summary>
    internal static IReadOnlyList<WebSubSubscription> All(DbConnection connection)
    {
        using var command = StoreCommand.Create(connection, null, "SELECT id, partner_id, feed, topic, callback, secret, lease_seconds, expires_at_ms FROM websub_subscriptions ORDER BY id");
        using var reader = command.ExecuteReader();
        var subscriptions = new List<WebSubSubscription>();
        while (reader.Read())
        {
            subscriptions.Add(StoreRows.Subscription(reader));
        }

        return subscriptions;
    }
}
