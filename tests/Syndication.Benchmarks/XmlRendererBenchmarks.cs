using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.NewsMlG2;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Stories;

namespace Syndication.Benchmarks;

/// <summary>
/// NITF and NewsML-G2 for one story of about 2 KB of text: the seed's first paragraphs with its metadata
/// (an editor, exclusive rights, a credit). <see cref="Body"/> "plain" is the body as plain copy gives it;
/// "html" is the same text as sanitized markup with emphasis and a link, which the renderers parse to
/// write as NITF blocks.
/// </summary>
[MemoryDiagnoser]
public class XmlRendererBenchmarks
{
    private const int BodyBytes = 2048;
    private const string Publisher = "Syndication Desk";

    private FeedEntry _entry = null!;

    [Params("plain", "html")]
    public string Body { get; set; } = "plain";

    [GlobalSetup]
    public void Setup()
    {
        var seed = StoryDecoder.Decode(BenchmarkInputs.Seed()).Story!;
        var paragraphs = new List<string>();
        for (var length = 0; length < BodyBytes && paragraphs.Count < seed.Paragraphs.Count; length += Encoding.UTF8.GetByteCount(paragraphs[^1]))
        {
            paragraphs.Add(seed.Paragraphs[paragraphs.Count]);
        }

        var story = Body == "plain" ? seed with { Paragraphs = paragraphs } : WithMarkup(seed, paragraphs);
        _entry = new FeedEntry("0123456789abcdef0123456789abcdef", story, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
    }

    [Benchmark]
    public byte[] Nitf() => NitfRenderer.Render(_entry, Publisher);

    [Benchmark]
    public byte[] NewsMlG2() => NewsMlG2Renderer.Render(_entry, Publisher);

    /// <summary>The story decoded from NITF that marks up the same paragraphs, so its body is what the normalizer leaves.</summary>
    private static Story WithMarkup(Story seed, List<string> paragraphs)
    {
        var content = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = WebUtility.HtmlEncode(paragraphs[i]);
            content.Append("<p>").Append(i % 2 == 0 ? $"<em>{text[..20]}</em>{text[20..]}" : $"{text} <a href=\"https://example.com/story/{i}\">More</a>").Append("</p>");
        }

        var nitf = $"""
            <nitf><head><docdata><doc-id id-string="bench-1"/></docdata></head><body><body.head>
            <hedline><hl1>{WebUtility.HtmlEncode(seed.Headline)}</hl1></hedline><byline><person>Nelly Tawil</person>, <byttl>Editor</byttl></byline>
            </body.head><body.content>{content}</body.content></body></nitf>
            """;
        var story = StoryDecoder.Decode(Encoding.UTF8.GetBytes(nitf)).Story
            ?? throw new InvalidOperationException("The benchmark's NITF story did not decode.");
        return story with { Rights = seed.Rights, Credit = seed.Credit };
    }
}
