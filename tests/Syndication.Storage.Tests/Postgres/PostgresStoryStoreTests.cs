using Syndication.Storage.Postgres;
using Syndication.Storage.Tests.Contract;

namespace Syndication.Storage.Tests.Postgres;

public sealed class PostgresStoryStoreTests(PostgresDatabase database) : StoryStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly string _schema = "t" + Guid.NewGuid().ToString("N");

    protected override IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication") =>
        PostgresStoryStore.Open(database.ConnectionString($"{_schema}_{name}"), Time, nearDuplicates);

    protected override long Scalar(string sql) => PostgresDatabase.Scalar(database.ConnectionString($"{_schema}_syndication"), sql);

    [Fact]
    public void Commit_SameStoriesFromTwoWorkersAtOnce_StoresEachOnceAndKeepsTheHighestVersion()
    {
        using var first = Open();
        using var second = Open();
        var stories = Enumerable.Range(0, 200).Select(i => Story($"s{i}")).ToArray();
        var versions = Enumerable.Range(1, 20).Select(v => Versioned($"v{v}", v)).ToArray();

        // Both workers see every story and every version, in batches of their own, at the same time.
        Parallel.For(0, 2, worker =>
        {
            var store = worker == 0 ? first : second;
            for (var at = 0; at < stories.Length; at += 25)
            {
                var batch = Batch(stories.Skip(at).Take(25).Select((story, i) => (story, worker, (long)(at + i))).ToArray());
                foreach (var version in worker == 0 ? versions.Skip(at / 25).Take(3) : versions.Reverse().Skip(at / 25).Take(3))
                {
                    batch.AddStory(version, new SourcePosition(Topic, worker, 1000 + at), "cluster-1");
                }

                store.Commit(batch);
            }
        });

        var counts = first.Counts();
        (counts.Stored + counts.Duplicates).ShouldBe(2 * (200 + 24));
        foreach (var story in stories)
        {
            first.Find(story.Id).ShouldNotBeNull().TimesSeen.ShouldBe(2);
        }

        first.Latest(500).Count.ShouldBe(201, "each story is one item, and the versions another");
        first.FindItem(first.Find("v20")!.ItemId)!.Current.Story.Id.ShouldBe("v20");
        first.Outbox(0, 1000).Count(entry => entry.Kind == OutboxKind.New).ShouldBe(201, "each item is announced once");
        first.Outbox(0, 1000).Select(entry => entry.Sequence).ShouldBeInOrder(SortDirection.Ascending);
    }
}
