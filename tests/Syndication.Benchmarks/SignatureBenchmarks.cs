using System.Globalization;
using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Dedup;

namespace Syndication.Benchmarks;

/// <summary>
/// The MinHash signature of one story's body, today's against version 3's (<see cref="Version3Signature"/>)
/// in the same run, and the share of each that reading the words into shingle hashes takes. Three bodies:
/// 2 KB of made-up copy (the body DedupBenchmarks measured), the seed (3.3 KB of real copy, 2.8 KB of body) and
/// <see cref="SyntheticStory"/> (3.4 KB, 3.1 KB of body with curly quotes and apostrophes in every paragraph).
/// </summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private readonly ulong[] _shingles = new ulong[4096];
    private IReadOnlyList<string> _body = [];

    [Params("2kb", "seed", "synthetic")]
    public string Input { get; set; } = "synthetic";

    [GlobalSetup]
    public void Setup()
    {
        _body = Input switch
        {
            "2kb" => TwoKilobyteStory(),
            "seed" => StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!.Paragraphs,
            _ => StoryDecoder.Decode(SyntheticStory.Bytes()).Story!.Paragraphs,
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {Input}: {_body.Sum(p => p.Length)} characters of body, {BodyShingles.Hash(_body, _shingles)} shingles"));
    }

    [Benchmark(Baseline = true)]
    public uint[] Version3() => Version3Signature.Of(_body);

    [Benchmark]
    public int Version3Shingles() => Version3Signature.Shingles(_body, _shingles);

    [Benchmark]
    public MinHashSignature Signature() => MinHashSignature.Of(_body);

    [Benchmark]
    public int Shingles() => BodyShingles.Hash(_body, _shingles);

    // About 2 KB of copy: a dozen paragraphs of some 28 words.
    private static List<string> TwoKilobyteStory()
    {
        var words = "the ministry said on Tuesday that talks with regional officials would resume after a pause of several weeks while aid convoys waited at border crossings near the coast and diplomats urged restraint".Split(' ');
        return [.. Enumerable.Range(0, 12).Select(p => string.Join(' ', Enumerable.Range(0, 28).Select(w => words[((p * 7) + (w * 13)) % words.Length])) + ".")];
    }
}
