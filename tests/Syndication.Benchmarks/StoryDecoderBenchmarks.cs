using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Benchmarks;

/// <summary>
/// Decode and normalize the seed (3.3 KB of plain copy), against a baseline of the work any decoder must
/// do: validating the UTF-8 and copying it into a string.
/// </summary>
[MemoryDiagnoser]
public class StoryDecoderBenchmarks
{
    private byte[] _seed = [];
    private Story _story = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = BenchmarkInputs.Seed();
        _story = StoryDecoder.Decode(_seed).Story!;
    }

    [Benchmark(Baseline = true)]
    public string Utf8ToString() => System.Text.Encoding.UTF8.GetString(_seed);

    [Benchmark]
    public DecodeResult Decode() => StoryDecoder.Decode(_seed);

    [Benchmark]
    public byte[] SerializeJson() => StoryJson.Serialize(_story);
}
