using System.Data.Common;

namespace Syndication.Storage.Postgres;

/// <summary>WebSub subscriptions' writes: each in a transaction on a connection of its own.</summary>
public sealed partial class PostgresStoryStore
{
    private protected override T WriteSubscriptions<T>(Func<DbConnection, DbTransaction, T> write)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = write(connection, transaction);
        transaction.Commit();
        return result;
    }
}
