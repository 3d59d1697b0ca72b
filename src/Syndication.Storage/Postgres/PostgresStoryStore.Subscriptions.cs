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
        var subscription = SubscriptionSql.Upsert(connection, transaction, partnerId, feed, topic, callback, secret, leaseSeconds, expiresAt);
        transaction.Commit();
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
        using var connection = _dataSource.OpenConnection();
        return SubscriptionSql.All(connection);
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
