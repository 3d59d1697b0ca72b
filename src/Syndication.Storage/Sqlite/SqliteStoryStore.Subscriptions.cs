using System.Data.Common;

namespace Syndication.Storage.Sqlite;

/// <summary>WebSub subscriptions' writes: on the writer's connection, under its lock.</summary>
public sealed partial class SqliteStoryStore
{
    private protected override T WriteSubscriptions<T>(Func<DbConnection, DbTransaction, T> write)
    {
        lock (_writeGate)
        {
            using var transaction = _writer.BeginTransaction();
            var result = write(_writer, transaction);
            transaction.Commit();
            return result;
        }
    }
}
