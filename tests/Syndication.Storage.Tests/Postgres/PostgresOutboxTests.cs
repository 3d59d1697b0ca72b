using Syndication.Storage.Postgres;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Postgres;

public sealed class PostgresOutboxTests(PostgresDatabase database) : OutboxContract, IClassFixture<PostgresDatabase>
{
    private readonly string _schema = "t" + Guid.NewGuid().ToString("N");

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") =>
        PostgresStoryStore.Open(database.ConnectionString($"{_schema}_{name}"), Time, nearDuplicates);

    protected override long Scalar(string sql) => PostgresDatabase.Scalar(database.ConnectionString($"{_schema}_syndication"), sql);

    [Fact]
    public void TryLeaseLane_TwoWorkers_OneHoldsEachLaneAndTheOtherTakesItOnceGivenUp()
    {
        using var first = Open();
        using var second = Open();

        var lease = first.TryLeaseLane(Lane).ShouldNotBeNull();
        second.TryLeaseLane(Lane).ShouldBeNull("the first worker drains it");
        using (second.TryLeaseLane("partner:acme:webhook").ShouldNotBeNull("another lane is free"))
        {
        }

        lease.Dispose();
        using var taken = second.TryLeaseLane(Lane).ShouldNotBeNull();
        first.TryLeaseLane(Lane).ShouldBeNull();
    }

    [Fact]
    public void TryLeaseLane_HoldersSessionEnds_LeaseLostAndTheLaneFreeForTheOther()
    {
        using var first = Open();
        using var second = Open();
        using var lease = first.TryLeaseLane(Lane).ShouldNotBeNull();

        // What PostgreSQL does when a worker dies (kill -9) or its connection breaks: the session ends.
        Scalar("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() "
            + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").ShouldBe(1);

        lease.IsHeld.ShouldBeFalse();
        using var taken = second.TryLeaseLane(Lane).ShouldNotBeNull();
        taken.IsHeld.ShouldBeTrue();
    }
}
