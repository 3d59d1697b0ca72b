using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;
using Syndication.Core.Versions;
using Syndication.Storage;
using Syndication.Storage.Sqlite;

namespace Syndication.Benchmarks;

/// <summary>
/// One batch of 500 new stories (each its own item) committed with their offsets, against a baseline of
/// serializing the same stories to JSON (work the commit must do anyway). Near-duplicate detection is
/// off here, and the stories come without signatures: <see cref="StoreOpenBenchmarks"/> and the
/// <c>syndication bench</c> command measure it.
/// </summary>
[MemoryDiagnoser]
public class StoreCommitBenchmarks
{
    private const int BatchSize = 500;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"syndication-benchmark-{Guid.NewGuid():N}.db");
    private SqliteStoryStore _store = null!;
    private Story _seed = null!;
    private long _offset;

    [GlobalSetup]
    public void Setup()
    {
        _store = SqliteStoryStore.Open(_path, TimeProvider.System, NearDuplicateSettings.Off);
        _seed = StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int SerializeOnly()
    {
        var bytes = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            bytes += StoryJson.Serialize(_seed with { Id = (++_offset).ToString("x32", System.Globalization.CultureInfo.InvariantCulture) }).Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public BatchOutcome CommitNewStories()
    {
        var batch = new IngestBatch();
        for (var i = 0; i < BatchSize; i++)
        {
            var offset = ++_offset;
            var id = offset.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
            var story = _seed with { Id = id, Slug = id };
            var source = new SourcePosition("wire.stories.raw", (int)(offset % 32), offset);
            batch.Add(new IngestedStory(story, StoryJson.Serialize(story), ItemId.Of(story), VersionRank.Of(story), null, source), "cluster");
        }

        return _store.Commit(batch);
    }
}
