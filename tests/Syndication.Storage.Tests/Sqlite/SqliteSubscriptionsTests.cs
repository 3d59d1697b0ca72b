using Microsoft.Data.Sqlite;
using Syndication.Storage.Sqlite;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Sqlite;

public sealed class SqliteSubscriptionsTests : SubscriptionsContract, IDisposable
{
    private readonly SqliteTestFiles _files = new();

    private string StorePath => _files.StorePath;

    [Fact]
    public void Open_StoreOfSchemaThree_MigratesToFiveWithTheSubscriptionsTableTheReplayTransportAndKeepsTheOutbox()
    {
        using (var store = SqliteStoryStore.Open(StorePath, Time))
        {
            Commit(store, "a");
            store.AdvanceLane("partner:meo:webhook", 1);
        }

        SqliteConnection.ClearAllPools();
        _files.Execute("DROP TABLE websub_subscriptions; ALTER TABLE outbox DROP COLUMN transport; ALTER TABLE outbox DROP COLUMN trace_parent; ALTER TABLE outbox DROP COLUMN trace_state; PRAGMA user_version=3;");
        Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'websub_subscriptions'").ShouldBe(0);

        using (var migrated = SqliteStoryStore.Open(StorePath, Time))
        {
            migrated.Subscriptions().ShouldBeEmpty();
            migrated.Subscribe("meo", "all", s_topic, s_callback, null, 300, Time.GetUtcNow().AddMinutes(5)).Id.ShouldBe(1);
            migrated.OutboxHead().ShouldBe(1);
            migrated.LanePosition("partner:meo:webhook").ShouldBe(1);
            migrated.Replay(migrated.Outbox(0, 1)[0].ItemId, "meo", "webhook").ShouldBeTrue();
            migrated.Outbox(1, 1).ShouldHaveSingleItem().Transport.ShouldBe("webhook");
        }

        SqliteConnection.ClearAllPools();
        Scalar("PRAGMA user_version").ShouldBe(5);
    }

    public void Dispose() => _files.Dispose();

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") => _files.Open(Time, nearDuplicates, name);

    protected override long Scalar(string sql) => _files.Scalar(sql);
}
