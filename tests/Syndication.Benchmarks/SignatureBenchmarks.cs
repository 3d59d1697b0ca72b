using System.Globalization;
using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Dedup;

namespace Syndication.Benchmarks;

/// <summary>
/// The MinHash signature of one story's body, today's against version 3's (<see cref="Version3Signature"/>)
/// in the same run, and the share of each that reading the words into shingle hashes takes. Three single
/// bodies: 2 KB of made-up copy (the body DedupBenchmarks measured), the seed (3.3 KB of real copy, 2.8 KB
/// of body) and <see cref="SyntheticStory"/> (3.4 KB, 3.1 KB of body with curly quotes and apostrophes in
/// every paragraph); and "reuters", the 925 bodies of Reuters-21578's first file, a different one each call.
/// </summary>
/// <remarks>
/// A single body measured again and again flatters the code: the branch predictor learns where its words
/// end. The worker never sees a body twice, and on a thousand different ones every branch that depends
/// on the text costs what it costs in the pipeline (a signature took 3.6 µs on one synthetic body and 6.6
/// on a thousand of the same shape, before the word edges and minimums stopped depending on branches).
/// </remarks>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private readonly ulong[] _shingles = new ulong[65_536];
    private IReadOnlyList<string>[] _bodies = [];
    private int _next;

    [Params("2kb", "seed", "synthetic", "reuters")]
    public string Input { get; set; } = "synthetic";

    [GlobalSetup]
    public void Setup()
    {
        _bodies = Input switch
        {
            "2kb" => [TwoKilobyteStory()],
            "seed" => [StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!.Paragraphs],
            "reuters" => [.. BenchmarkInputs.ReutersStories().Select(story => story.Paragraphs)],
            _ => [StoryDecoder.Decode(SyntheticStory.Bytes()).Story!.Paragraphs],
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {Input}: {_bodies.Length} bodies of {_bodies.Average(body => body.Sum(p => p.Length)):F0} characters and {_bodies.Average(body => BodyShingles.Hash(body, _shingles)):F0} shingles on average"));
    }

    [Benchmark(Baseline = true)]
    public uint[] Version3() => Version3Signature.Of(NextBody());

    [Benchmark]
    public int Version3Shingles() => Version3Signature.Shingles(NextBody(), _shingles);

    [Benchmark]
    public MinHashSignature Signature() => MinHashSignature.Of(NextBody());

    [Benchmark]
    public int Shingles() => BodyShingles.Hash(NextBody(), _shingles);

    private IReadOnlyList<string> NextBody()
    {
        var body = _bodies[_next];
        _next = _next + 1 == _bodies.Length ? 0 : _next + 1;
        return body;
    }

    // About 2 KB of copy: a dozen paragraphs of some 28 words.
    private static List<string> TwoKilobyteStory()
    {
        var words = "the ministry said on Tuesday that talks with regional officials would resume after a pause of several weeks while aid convoys waited at border crossings near the coast and diplomats urged restraint".Split(' ');
        return [.. Enumerable.Range(0, 12).Select(p => string.Join(' ', Enumerable.Range(0, 28).Select(w => words[((p * 7) + (w * 13)) % words.Length])) + ".")];
    }
}
