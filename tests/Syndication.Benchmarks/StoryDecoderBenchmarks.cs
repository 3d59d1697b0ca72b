using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;
using Syndication.Storage;

namespace Syndication.Benchmarks;

/// <summary>
/// Decode and normalize one story, against a baseline of the work any decoder must do: validating the
/// UTF-8 and copying it into a string; then what the worker's consume thread does next, preparing the story
/// for the store (<see cref="IngestedStory.Prepare"/>: its rank, signature, JSON and item id), and the two
/// together, the per-story cost of that thread. Three inputs: the seed (3.3 KB of real plain copy, with a
/// stray no-break space and a wrong-way quote), <see cref="SyntheticStory"/> (3.4 KB of typical clean copy),
/// and "reuters", the 925 stories of Reuters-21578's first file as plain copy (0.9 KB on average), a
/// different one each call, as the worker sees them (see <see cref="SignatureBenchmarks"/> for why).
/// </summary>
[MemoryDiagnoser]
public class StoryDecoderBenchmarks
{
    private static readonly SourcePosition s_source = new("stories", 0, 42);

    private byte[][] _inputs = [];
    private Story[] _stories = [];
    private int _next;

    [Params("seed", "synthetic", "reuters")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _inputs = Input switch
        {
            "seed" => [BenchmarkInputs.Seed()],
            "reuters" => [.. BenchmarkInputs.ReutersPlainCopy()],
            _ => [SyntheticStory.Bytes()],
        };
        _stories = [.. _inputs.Select(input => StoryDecoder.Decode(input).Story!)];
    }

    [Benchmark(Baseline = true)]
    public string Utf8ToString() => System.Text.Encoding.UTF8.GetString(_inputs[Next()]);

    [Benchmark]
    public DecodeResult Decode() => StoryDecoder.Decode(_inputs[Next()]);

    [Benchmark]
    public byte[] SerializeJson() => StoryJson.Serialize(_stories[Next()]);

    [Benchmark]
    public IngestedStory Prepare() => IngestedStory.Prepare(_stories[Next()], s_source);

    [Benchmark]
    public IngestedStory DecodeAndPrepare() => IngestedStory.Prepare(StoryDecoder.Decode(_inputs[Next()]).Story!, s_source);

    private int Next()
    {
        var next = _next;
        _next = next + 1 == _inputs.Length ? 0 : next + 1;
        return next;
    }
}
