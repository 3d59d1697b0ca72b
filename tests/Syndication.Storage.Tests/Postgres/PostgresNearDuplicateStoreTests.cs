using Syndication.Storage.Postgres;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Postgres;

public sealed class PostgresNearDuplicateStoreTests(PostgresDatabase database) : NearDuplicateStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly string _schema = "t" + Guid.NewGuid().ToString("N");

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") =>
        PostgresStoryStore.Open(database.ConnectionString($"{_schema}_{name}"), Time, nearDuplicates);

    protected override long Scalar(string sql) => PostgresDatabase.Scalar(database.ConnectionString($"{_schema}_syndication"), sql);

    [Fact]
    public void Commit_CopyOfAStoryTheOtherWorkerStored_IsLinkedToIt()
    {
        using var first = Open();
        using var second = Open();
        first.Commit(Batch(Original()));

        var outcome = second.Commit(Batch(ReKeyed()));

        outcome.NearDuplicates.ShouldBe(1, "the second worker's index loaded what the first stored since it opened");
        second.FindItem(second.Find(ReKeyed().Id)!.ItemId)!.DuplicateOf.ShouldBe(first.Find(Original().Id)!.ItemId);
    }
}
