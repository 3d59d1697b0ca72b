using Microsoft.Data.Sqlite;
using Syndication.Storage.Sqlite;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteNearDuplicateStoreTests : NearDuplicateStoreContract, IDisposable
{
    private readonly SqliteTestFiles _files = new();

    private string StorePath => _files.StorePath;

    [Fact]
    public void Commit_BatchThatFails_LeavesNoEntryBehindForItsRetry()
    {
        using var store = SqliteStoryStore.Open(StorePath, Time);
        using var blocker = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        blocker.Open();
        using var lockTransaction = blocker.BeginTransaction(deferred: false);
        using (var write = blocker.CreateCommand())
        {
            write.Transaction = lockTransaction;
            write.CommandText = "INSERT INTO counters (name, value) VALUES ('test.lock', 1)";
            write.ExecuteNonQuery();
        }

        Should.Throw<SqliteException>(() => store.Commit(Batch(Original())));
        lockTransaction.Rollback();

        var outcome = store.Commit(Batch(Original()));

        outcome.ShouldBe(new BatchOutcome(1, 0, 0, 0, 0), "the retry is not a near duplicate of its own failed attempt");
    }

    public void Dispose() => _files.Dispose();

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") => _files.Open(Time, nearDuplicates, name);

    protected override long Scalar(string sql) => _files.Scalar(sql);
}
