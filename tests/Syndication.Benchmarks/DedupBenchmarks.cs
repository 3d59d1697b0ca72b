using System.Globalization;
using BenchmarkDotNet.Attributes;
using Syndication.Core.Dedup;

namespace Syndication.Benchmarks;

/// <summary>
/// Near-duplicate detection: a lookup in indexes of 100k and 1M stories, for a story with no near
/// duplicate (the common case) and for a re-keyed copy of an indexed one. The signatures themselves are
/// measured in <see cref="SignatureBenchmarks"/>.
/// </summary>
/// <remarks>
/// The indexed signatures are random minimums, which is what the signatures of unrelated stories are;
/// computing a million real ones would take the setup ten seconds and change nothing in the index. The
/// index's memory per story is measured in the setup with <see cref="GC.GetTotalMemory(bool)"/> after a
/// full collection, before and after building it without a capacity (the tables and slots grow as they
/// would in the worker), and printed with the time the build took; so is the time to rebuild an index of
/// 100k signatures already in memory with a capacity, as the worker does at start.
/// </remarks>
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const int QueryCount = 1024;

    private LshBandIndex _index = null!;
    private MinHashSignature[] _novel = [];
    private MinHashSignature[] _copies = [];
    private int _next;

    [Params(100_000, 1_000_000)]
    public int Stories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var indexed = new List<MinHashSignature>(QueryCount);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = System.Diagnostics.Stopwatch.StartNew();
        _index = new LshBandIndex();
        var bytes = new byte[MinHashSignature.ByteLength];
        for (var key = 0; key < Stories; key++)
        {
            var signature = RandomSignature(random, bytes);
            _index.Add(key, signature);
            if (key % (Stories / QueryCount) == 0 && indexed.Count < QueryCount)
            {
                indexed.Add(signature);
            }
        }

        build.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// index of {Stories:N0} stories: {(after - before) / (double)Stories:F1} bytes per story, built in {build.Elapsed.TotalMilliseconds:F0} ms ({_index.Bands.Bands} bands of {_index.Bands.Rows} rows)"));

        var persisted = Enumerable.Range(0, 100_000).Select(_ => RandomSignature(random, bytes)).ToList();
        var rebuild = System.Diagnostics.Stopwatch.StartNew();
        var rebuilt = new LshBandIndex(capacity: persisted.Count);
        for (var key = 0; key < persisted.Count; key++)
        {
            rebuilt.Add(key, persisted[key]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// rebuilt an index of {rebuilt.Count:N0} signatures in {rebuild.Elapsed.TotalMilliseconds:F0} ms"));
        _novel = [.. Enumerable.Range(0, QueryCount).Select(_ => RandomSignature(random, bytes))];
        _copies = [.. indexed.Select(signature => ReKeyed(signature, random, bytes))];
    }

    [Benchmark]
    public NearDuplicate? LookupNovelStory() => _index.FindBest(_novel[_next++ & (QueryCount - 1)]);

    [Benchmark]
    public NearDuplicate? LookupReKeyedCopy() => _index.FindBest(_copies[_next++ & (QueryCount - 1)]);

    private static MinHashSignature RandomSignature(Random random, byte[] bytes)
    {
        random.NextBytes(bytes);
        bytes[0] = MinHashSignature.Version;
        return MinHashSignature.FromBytes(bytes);
    }

    // A copy whose body shares about 70 % of its shingles: that share of its minimums stays.
    private static MinHashSignature ReKeyed(MinHashSignature signature, Random random, byte[] bytes)
    {
        var copy = signature.ToBytes();
        random.NextBytes(bytes);
        for (var i = 0; i < MinHashSignature.Length; i++)
        {
            if (random.NextDouble() >= 0.7)
            {
                bytes.AsSpan(1 + (i * 4), 4).CopyTo(copy.AsSpan(1 + (i * 4)));
            }
        }

        return MinHashSignature.FromBytes(copy);
    }
}
