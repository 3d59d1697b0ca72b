using Microsoft.Data.Sqlite;
using Syndication.Storage.Sqlite;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteNearDuplicateStoreTests : NearDuplicateStoreContract, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "syndication-store-tests", Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_directory, "syndication.db");

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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") =>
        SqliteStoryStore.Open(name == "syndication" ? StorePath : Path.Combine(_directory, name + ".db"), Time, nearDuplicates);

    protected override long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
