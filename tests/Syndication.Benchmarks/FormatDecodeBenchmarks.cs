using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;

namespace Syndication.Benchmarks;

/// <summary>
/// Decode and normalize one real document per input format, from the corpora beside the repository,
/// against the same baseline as <see cref="StoryDecoderBenchmarks"/>: validating the UTF-8 and copying it
/// into a string. Feeds hold several items, so their figure is per document; the README gives per story.
/// </summary>
[MemoryDiagnoser]
public class FormatDecodeBenchmarks
{
    private static readonly Dictionary<string, string> s_files = new(StringComparer.Ordinal)
    {
        ["plain"] = "seed/000_9aadec0767a7df4a.txt",
        ["ninjs"] = "corpora/superdesk/ninjs/ninjsExSimpleText1.json",
        ["nitf"] = "corpora/superdesk/nitf/aap-1.xml",
        ["newsmlg2"] = "corpora/superdesk/newsml-g2/stt_newsml_test.xml",
        ["iptc7901"] = "corpora/superdesk/iptc7901/dpa_copyright.txt",
        ["reuters-sgml"] = "corpora/reuters21578/reut2-000.sgm",
        ["rss (10 items)"] = "corpora/feeds/Rss20Reuters.xml",
    };

    private byte[] _input = [];

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = "plain";

    public static IEnumerable<string> Formats => s_files.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = BenchmarkInputs.Shared(s_files[Format]);
        _input = Format == "reuters-sgml" ? FirstReutersRecord(bytes) : bytes;
        var result = StoryDecoder.Decode(_input);
        if (result.Stories.Count == 0)
        {
            throw new InvalidOperationException($"{s_files[Format]} gives no story: {result.Rejection?.Detail}");
        }
    }

    [Benchmark(Baseline = true)]
    public string Utf8ToString() => System.Text.Encoding.UTF8.GetString(_input);

    [Benchmark]
    public DecodeResult Decode() => StoryDecoder.Decode(_input);

    /// <summary>The first record of a Reuters-21578 file with a body, as <c>syndication import reuters</c> pushes it.</summary>
    private static byte[] FirstReutersRecord(byte[] file)
    {
        var text = file.AsSpan();
        var start = text.IndexOf("<REUTERS"u8);
        var end = text.IndexOf("</REUTERS>"u8) + "</REUTERS>".Length;
        return text[start..end].ToArray();
    }
}
