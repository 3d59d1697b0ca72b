using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Ninjs;
using Syndication.Core.Stories;

namespace Syndication.Benchmarks;

/// <summary>
/// Render the JSON outputs: a JSON Feed page of 50 entries (the seed and <see cref="SyntheticStory"/> in
/// turn, about 3.4 KB of copy each, as <c>latest</c> holds them) with the Atom feed of the same entries beside
/// it, and one story as ninjs with the story's own JSON (<see cref="StoryJson"/>) beside it.
/// </summary>
[MemoryDiagnoser]
public class RendererBenchmarks
{
    private const int FeedEntries = 50;

    private static readonly FeedDescription s_description =
        new("urn:syndication:feed:latest", "Syndication: latest", new Uri("http://127.0.0.1:8080/"), "Syndication");

    private FeedEntry[] _entries = [];
    private FeedEntry _entry = null!;

    [GlobalSetup]
    public void Setup()
    {
        Story[] stories = [StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!, StoryDecoder.Decode(SyntheticStory.Bytes()).Story!];
        var updated = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        _entries = [.. Enumerable.Range(0, FeedEntries).Select(i =>
            new FeedEntry($"{i:x32}", stories[i % stories.Length], updated.AddMinutes(-10 * i), updated.AddMinutes(-5 * i)))];
        _entry = _entries[0];
    }

    [Benchmark]
    public byte[] JsonFeed() => JsonFeedRenderer.Render(s_description, _entries);

    [Benchmark]
    public byte[] AtomFeed() => AtomFeedRenderer.Render(s_description, _entries);

    [Benchmark]
    public byte[] Ninjs() => NinjsRenderer.Render(_entry, "Syndication");

    [Benchmark]
    public byte[] StoryAsJson() => StoryJson.Serialize(_entry.Story);
}
