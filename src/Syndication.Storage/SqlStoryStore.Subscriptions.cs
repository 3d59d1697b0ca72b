using System.Data.Common;

namespace Syndication.Storage;

/// <summary>WebSub subscriptions (<c>websub_subscriptions</c>) and their delivery lanes, in the same SQL in both stores.</summary>
public abstract partial class SqlStoryStore
{
    private long _subscriptionChanges;

    /// <summary>Counts the writes to the subscriptions since the store was opened: who runs their lanes looks again when it moves.</summary>
    public long SubscriptionChanges => Interlocked.Read(ref _subscriptionChanges);

    /// <summary>
    /// Stores a verified subscription: a new callback and topic gets a new id, and its lane starts at the
    /// outbox's head (it is sent what changes from now on); an existing one is renewed with its new lease and
    /// secret, and keeps its id and its lane's position.
    /// </summary>
    public WebSubSubscription Subscribe(string partnerId, string feed, Uri topic, Uri callback, string? secret, int leaseSeconds, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        ArgumentException.ThrowIfNullOrEmpty(feed);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leaseSeconds);
        var subscription = WriteSubscriptions((connection, transaction) =>
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
        });
        Interlocked.Increment(ref _subscriptionChanges);
        return subscription;
    }

    /// <summary>Removes the subscription of <paramref name="callback"/> to <paramref name="topic"/> and its lane; false when there was none.</summary>
    public bool Unsubscribe(Uri callback, Uri topic)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(topic);
        return RemoveSubscriptions("callback = @callback AND topic = @topic", ("@callback", callback.AbsoluteUri), ("@topic", topic.AbsoluteUri)) > 0;
    }

    /// <summary>Removes subscription <paramref name="id"/> and its lane; false when there was none.</summary>
    public bool RemoveSubscription(long id) => RemoveSubscriptions("id = @id", ("@id", id)) > 0;

    /// <summary>Removes the subscriptions whose lease has ended at <paramref name="now"/>, and their lanes; how many.</summary>
    public int RemoveExpiredSubscriptions(DateTimeOffset now) => RemoveSubscriptions("expires_at_ms <= @now", ("@now", now.ToUnixTimeMilliseconds()));

    /// <summary>Every subscription, by id.</summary>
    public IReadOnlyList<WebSubSubscription> Subscriptions()
    {
        using var connection = OpenReadConnection();
        using var command = StoreCommand.Create(connection, null, "SELECT id, partner_id, feed, topic, callback, secret, lease_seconds, expires_at_ms FROM websub_subscriptions ORDER BY id");
        using var reader = command.ExecuteReader();
        var subscriptions = new List<WebSubSubscription>();
        while (reader.Read())
        {
            subscriptions.Add(StoreRows.Subscription(reader));
        }

        return subscriptions;
    }

    /// <summary>Runs <paramref name="write"/> in a transaction of its own on a connection that may write, and commits it.</summary>
    private protected abstract T WriteSubscriptions<T>(Func<DbConnection, DbTransaction, T> write);

    private int RemoveSubscriptions(string where, params (string Name, object? Value)[] parameters)
    {
        var removed = WriteSubscriptions((connection, transaction) =>
        {
            // The ids first, so that exactly the removed subscriptions' lanes go with them.
            using var delete = StoreCommand.Create(connection, transaction, $"DELETE FROM websub_subscriptions WHERE {where} RETURNING id", parameters);
            var lanes = new List<string>();
            using (var reader = delete.ExecuteReader())
            {
                while (reader.Read())
                {
                    lanes.Add(WebSubSubscription.LaneOf(reader.GetInt64(0)));
                }
            }

            foreach (var lane in lanes)
            {
                using var deleteLane = StoreCommand.Create(connection, transaction, "DELETE FROM lanes WHERE lane = @lane", ("@lane", lane));
                deleteLane.ExecuteNonQuery();
            }

            return lanes.Count;
        });
        if (removed > 0)
        {
            Interlocked.Increment(ref _subscriptionChanges);
        }

        return removed;
    }
}
