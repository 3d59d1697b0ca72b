namespace Syndication.Storage.Postgres;

/// <summary>WebSub subscriptions (<c>websub_subscriptions</c>) and their delivery lanes.</summary>
public sealed partial class PostgresStoryStore
{
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
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO websub_subscriptions (partner_id, feed, topic, callback, secret, lease_seconds, expires_at_ms)
            VALUES (@partner, @feed, @topic, @callback, @secret, @lease, @expires)
            ON CONFLICT (callback, topic) DO UPDATE SET
                partner_id = excluded.partner_id, feed = excluded.feed, secret = excluded.secret,
                lease_seconds = excluded.lease_seconds, expires_at_ms = excluded.expires_at_ms
            RETURNING id
            """;
        upsert.Parameters.AddWithValue("@partner", partnerId);
        upsert.Parameters.AddWithValue("@feed", feed);
        upsert.Parameters.AddWithValue("@topic", topic.AbsoluteUri);
        upsert.Parameters.AddWithValue("@callback", callback.AbsoluteUri);
        upsert.Parameters.AddWithValue("@secret", (object?)secret ?? DBNull.Value);
        upsert.Parameters.AddWithValue("@lease", leaseSeconds);
        upsert.Parameters.AddWithValue("@expires", expiresAt.ToUnixTimeMilliseconds());
        var id = (long)upsert.ExecuteScalar()!;
        using var lane = connection.CreateCommand();
        lane.Transaction = transaction;
        // A renewal finds its lane's row and leaves it: no gap, no repeat.
        lane.CommandText = "INSERT INTO lanes (lane, through) VALUES (@lane, (SELECT COALESCE(MAX(seq), 0) FROM outbox)) ON CONFLICT (lane) DO NOTHING";
        lane.Parameters.AddWithValue("@lane", WebSubSubscription.LaneOf(id));
        lane.ExecuteNonQuery();
        transaction.Commit();
        Interlocked.Increment(ref _subscriptionChanges);
        return new WebSubSubscription(id, partnerId, feed, new Uri(topic.AbsoluteUri), new Uri(callback.AbsoluteUri), secret, leaseSeconds,
            DateTimeOffset.FromUnixTimeMilliseconds(expiresAt.ToUnixTimeMilliseconds()));
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
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, partner_id, feed, topic, callback, secret, lease_seconds, expires_at_ms FROM websub_subscriptions ORDER BY id";
        using var reader = command.ExecuteReader();
        var subscriptions = new List<WebSubSubscription>();
        while (reader.Read())
        {
            subscriptions.Add(StoreRows.Subscription(reader));
        }

        return subscriptions;
    }

    private int RemoveSubscriptions(string where, params (string Name, object Value)[] parameters)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            WITH removed AS (DELETE FROM websub_subscriptions WHERE {where} RETURNING id),
                 lanes_removed AS (DELETE FROM lanes WHERE lane IN (SELECT 'websub:' || id FROM removed))
            SELECT COUNT(*) FROM removed
            """;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var removed = (int)(long)command.ExecuteScalar()!;
        transaction.Commit();
        if (removed > 0)
        {
            Interlocked.Increment(ref _subscriptionChanges);
        }

        return removed;
    }
}
