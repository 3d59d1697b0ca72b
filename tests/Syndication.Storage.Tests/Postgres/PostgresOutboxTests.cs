using Syndication.Storage.Postgres;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Postgres;

public sealed class PostgresOutboxTests(PostgresDatabase database) : OutboxContract, IClassFixture<PostgresDatabase>
{
    private readonly string _schema = "t" + Guid.NewGuid().ToString("N");

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") =>
        PostgresStoryStore.Open(database.ConnectionString($"{_schema}_{name}"), Time, nearDuplicates);

    protected override long Scalar(string sql) => PostgresDatabase.Scalar(database.ConnectionString($"{_schema}_syndication"), sql);
}
