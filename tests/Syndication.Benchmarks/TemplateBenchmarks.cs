using BenchmarkDotNet.Attributes;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Templates;

namespace Syndication.Benchmarks;

/// <summary>
/// A partner's HTML template rendering the seed story, once and for 50 entries, against the RSS renderer
/// writing the same 50 entries as one feed.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private const int EntryCount = 50;

    private const string PartnerPage = """
        <!DOCTYPE html>
        <html lang="{{ story.language | default: 'en' }}">
        <head><meta charset="utf-8"><title>{{ story.headline }}</title></head>
        <body>
        <article id="{{ item.id }}">
        {% if story.kicker %}<p class="kicker">{{ story.kicker }}</p>{% endif %}
        <h1>{{ story.headline }}</h1>
        {% if story.byline %}<p class="byline">By {{ story.byline }}</p>{% endif %}
        <time datetime="{{ item.updated }}">{{ item.updated | date: '%d %b %Y %H:%M' }} UTC</time>
        {{ story.body_html }}
        {% for subject in story.subjects %}<span class="subject">{{ subject.name }}</span>{% endfor %}
        {% if story.rights %}<footer>{{ story.rights }}</footer>{% endif %}
        </article>
        </body>
        </html>
        """;

    private static readonly FeedDescription s_description =
        new("urn:syndication:feed:latest", "Desk: latest", new Uri("http://127.0.0.1:8080/"), "Desk");

    private StoryTemplate _template = null!;
    private List<FeedEntry> _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        _template = StoryTemplate.Compile("partner.liquid", PartnerPage, "text/html").Template
            ?? throw new InvalidOperationException("The benchmark's template does not compile.");
        var story = StoryDecoder.Decode(BenchmarkInputs.Seed()).Story ?? throw new InvalidOperationException("The seed gives no story.");
        var updated = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        _entries = Enumerable.Range(0, EntryCount)
            .Select(i => new FeedEntry($"{i:x32}", story, updated.AddMinutes(-i), updated.AddMinutes(-i)))
            .ToList();
    }

    [Benchmark]
    public byte[] TemplateOneEntry() => _template.Render(_entries[0], "Desk");

    [Benchmark]
    public int Template50Entries()
    {
        var length = 0;
        foreach (var entry in _entries)
        {
            length += _template.Render(entry, "Desk").Length;
        }

        return length;
    }

    [Benchmark(Baseline = true)]
    public byte[] Rss50Entries() => RssFeedRenderer.Render(s_description, _entries);
}
