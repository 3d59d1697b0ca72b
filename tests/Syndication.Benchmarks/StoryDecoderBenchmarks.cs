using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;
using Syndication.Storage;

namespace Syndication.Benchmarks;

/// <summary>
/// Decode and normalize one story, against a baseline of the work any decoder must do: validating the
/// UTF-8 and copying it into a string; then what the worker's consume thread does next, preparing the story
/// for the store (<see cref="IngestedStory.Prepare"/>: its rank, signature, JSON and item id), and the two
/// together, the per-story cost of that thread. Two inputs: the seed (3.3 KB of real plain copy, with a
/// stray no-break space and a wrong-way quote) and <see cref="SyntheticStory"/> (3.4 KB of typical clean copy).
/// </summary>
[MemoryDiagnoser]
public class StoryDecoderBenchmarks
{
    private static readonly SourcePosition s_source = new("stories", 0, 42);

    private byte[] _input = [];
    private Story _story = null!;

    [Params("seed", "synthetic")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _input = Input == "seed" ? BenchmarkInputs.Seed() : SyntheticStory.Bytes();
        _story = StoryDecoder.Decode(_input).Story!;
    }

    [Benchmark(Baseline = true)]
    public string Utf8ToString() => System.Text.Encoding.UTF8.GetString(_input);

    [Benchmark]
    public DecodeResult Decode() => StoryDecoder.Decode(_input);

    [Benchmark]
    public byte[] SerializeJson() => StoryJson.Serialize(_story);

    [Benchmark]
    public IngestedStory Prepare() => IngestedStory.Prepare(_story, s_source);

    [Benchmark]
    public IngestedStory DecodeAndPrepare() => IngestedStory.Prepare(StoryDecoder.Decode(_input).Story!, s_source);
}
