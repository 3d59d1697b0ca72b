namespace Syndication.Storage.Sqlite;

/// <summary>WebSub subscriptions (<c>websub_subscriptions</c>) and their delivery lanes.</summary>
public sealed partial class SqliteStoryStore
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
        lock (_writeGate)
        {
            using var transaction = _writer.BeginTransaction();
            var subscription = SubscriptionSql.Upsert(_writer, transaction, partnerId, feed, topic, callback, secret, leaseSeconds, expiresAt);
            transaction.Commit();
            Interlocked.Increment(ref _subscriptionChanges);
            return subscription;
        }
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
        using var connection = OpenReader();
        return SubscriptionSql.All(connection);
    }

    private int RemoveSubscriptions(string where, params (string Name, object Value)[] parameters)
    {
        lock (_writeGate)
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                DELETE FROM lanes WHERE lane IN (SELECT 'websub:' || id FROM websub_subscriptions WHERE {where});
                DELETE FROM websub_subscriptions WHERE {where};
                SELECT changes();
                """;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            var removed = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            transaction.Commit();
            if (removed > 0)
            {
                Interlocked.Increment(ref _subscriptionChanges);
            }

            return removed;
        }
    }
}
