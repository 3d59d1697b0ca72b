using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Storage;
using Syndication.Storage.Sqlite;

namespace Syndication.Benchmarks;

/// <summary>
/// Opening a store of 100,000 distinct stories stored within the near-duplicate window: what a worker
/// pays at start to rebuild the index from the signatures kept with the stories. The baseline opens the
/// same file with detection off.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StoreOpenBenchmarks
{
    private const int Stories = 100_000;
    private const int BatchSize = 1_000;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"syndication-open-benchmark-{Guid.NewGuid():N}.db");

    [GlobalSetup]
    public void Setup()
    {
        var seed = StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!;
        var words = seed.Paragraphs.SelectMany(p => p.Split(' ')).ToArray();
        var random = new Random(100_000);
        using var store = SqliteStoryStore.Open(_path, TimeProvider.System);
        for (var first = 0; first < Stories; first += BatchSize)
        {
            var batch = new IngestBatch();
            for (var i = first; i < first + BatchSize; i++)
            {
                // Each story's body is the seed's words in another order: distinct shingles, so none is a near duplicate.
                var id = i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
                random.Shuffle(words);
                var story = seed with { Id = id, Slug = id, Paragraphs = [string.Join(' ', words)] };
                batch.AddStory(story, new SourcePosition("wire.stories.raw", i % 32, i), "cluster");
            }

            store.Commit(batch);
        }

        if (store.Counts().NearDuplicates != 0)
        {
            throw new InvalidOperationException("The benchmark's stories must be distinct.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark(Baseline = true)]
    public void OpenWithoutNearDuplicates() => SqliteStoryStore.Open(_path, TimeProvider.System, NearDuplicateSettings.Off).Dispose();

    [Benchmark]
    public void OpenRebuildingTheIndex() => SqliteStoryStore.Open(_path, TimeProvider.System).Dispose();
}
