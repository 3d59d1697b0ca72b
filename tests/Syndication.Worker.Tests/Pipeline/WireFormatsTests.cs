using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Versions;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class WireFormatsTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    /// <summary>One real document per input format, pushed from outside the process as it lies on disk.</summary>
    private static readonly (string File, string Format)[] s_documents =
    [
        ("corpora/superdesk/ninjs/ninjs1.json", "ninjs"),
        ("corpora/superdesk/nitf/aap-1.xml", "nitf"),
        ("corpora/superdesk/newsml-g2/stt_newsml_test.xml", "newsmlg2"),
        ("corpora/superdesk/iptc7901/IPTC7901.txt", "iptc7901"),
        ("corpora/superdesk/anpa/anpa-1.tst", "anpa1312"),
        ("corpora/feeds/Rss20Reuters.xml", "rss"),
        ("corpora/feeds/AtomTheVerge.xml", "atom"),
    ];

    [Fact]
    public async Task EveryWireFormat_FromOutsideProducer_IsStoredAsItsFormat()
    {
        var worker = fixture.Worker;
        var files = s_documents.Select(d => Path.Combine(RepositoryPaths.Shared, d.File)).ToList();
        var reuters = await ReutersRecordAsync();
        files.Add(reuters);

        var kcat = await ExternalTool.RunAsync("kcat", ["-P", "-b", fixture.BootstrapServers, "-t", KafkaTopics.RawStories, .. files]);
        kcat.ExitCode.ShouldBe(0, kcat.Output);

        var expected = s_documents.Select(d => (Path.Combine(RepositoryPaths.Shared, d.File), d.Format)).Append((reuters, "reuters-sgml"));
        foreach (var (file, format) in expected)
        {
            var stories = StoryDecoder.Decode(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)).Stories;
            stories.ShouldNotBeEmpty(file);
            foreach (var story in stories)
            {
                var stored = await WaitForStoryAsync(worker, story.Id);
                stored.GetProperty("format").GetString().ShouldBe(format, file);
                stored.GetProperty("headline").GetString().ShouldBe(story.Headline, file);
            }
        }
    }

    [Fact]
    public async Task HostileInputs_FromOutsideProducer_LandInDeadLetterTopicWithReasons()
    {
        var cases = new Dictionary<string, (string Reason, string Content)>
        {
            ["billion-laughs.xml"] = (RejectionReasons.Dtd,
                "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><nitf><head><title>&c;</title></head></nitf>"),
            ["xxe.xml"] = (RejectionReasons.Dtd,
                "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><nitf><body><body.content><p>&x;</p></body.content></body></nitf>"),
            ["deep.xml"] = (RejectionReasons.TooDeep,
                "<nitf>" + string.Concat(Enumerable.Repeat("<block>", 500)) + string.Concat(Enumerable.Repeat("</block>", 500)) + "</nitf>"),
            ["deep.json"] = (RejectionReasons.TooDeep,
                "{\"headline\":\"x\",\"body_text\":\"y\",\"extra\":" + string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)) + "}"),
            ["broken.json"] = (RejectionReasons.Malformed, "{\"headline\": \"Unclosed"),
            ["catalog.xml"] = (RejectionReasons.UnsupportedFormat, "<catalog><scheme alias=\"x\"/></catalog>"),
        };
        using var directory = new TemporaryDirectory();
        foreach (var (name, (_, content)) in cases)
        {
            await File.WriteAllTextAsync(directory.File(name), content, TestContext.Current.CancellationToken);
        }

        var before = RawTopic.Count(fixture.BootstrapServers, KafkaTopics.DeadLetters);
        var kcat = await ExternalTool.RunAsync("kcat", ["-P", "-b", fixture.BootstrapServers, "-t", KafkaTopics.RawStories, .. cases.Keys.Select(directory.File)]);
        kcat.ExitCode.ShouldBe(0, kcat.Output);

        var letters = RawTopic.ReadAll(fixture.BootstrapServers, KafkaTopics.DeadLetters, (int)before + cases.Count, TimeSpan.FromSeconds(60));
        foreach (var (name, (reason, content)) in cases)
        {
            var letter = letters.SingleOrDefault(m => Encoding.UTF8.GetString(m.Message.Value ?? []) == content)
                .ShouldNotBeNull($"{name} is not in the dead-letter topic");
            Header(letter, DeadLetterHeaders.Reason).ShouldBe(reason, name);
            Header(letter, DeadLetterHeaders.Detail).ShouldNotBeNullOrEmpty();
        }

        var atom = await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken);
        atom.ShouldNotContain("root:x:0:0");
    }

    [Fact]
    public async Task StoryCarryingMarkup_InEveryFeed_IsSanitizedOrEscaped()
    {
        const string headline = "<img src=x onerror=alert(1)> Rebels take the town";
        var ninjs = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["uri"] = "urn:test:hostile:1",
            ["type"] = "text",
            ["headline"] = headline,
            ["body_html"] = "<p onclick=\"steal()\">Rebels <script>alert(2)</script>took the town <a href=\"javascript:alert(3)\">on Monday</a>.</p><iframe src=\"https://evil.example\"></iframe>",
        });
        var story = StoryDecoder.Decode(Encoding.UTF8.GetBytes(ninjs)).Story.ShouldNotBeNull();
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [Encoding.UTF8.GetBytes(ninjs)]);
        await WaitForStoryAsync(fixture.Worker, story.Id);

        XNamespace a = "http://www.w3.org/2005/Atom";
        var atom = XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken));
        var itemId = ItemId.Of(story);
        var entry = atom.Descendants(a + "entry").Single(e => e.Element(a + "id")!.Value.EndsWith(itemId, StringComparison.Ordinal));
        entry.Element(a + "title")!.Attribute("type")?.Value.ShouldNotBe("html");
        entry.Element(a + "title")!.Value.ShouldBe(headline, "a headline is text, never markup");
        AssertSafeHtml(entry.Element(a + "content")!.Value);

        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var rss = XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.rss", UriKind.Relative), TestContext.Current.CancellationToken));
        var item = rss.Descendants("item").Single(i => i.Element("guid")!.Value.EndsWith(itemId, StringComparison.Ordinal));
        AssertSafeHtml(item.Element(content + "encoded")!.Value);
        AssertSafeHtml(item.Element("description")!.Value);

        using var json = JsonDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri($"stories/{story.Id}", UriKind.Relative), TestContext.Current.CancellationToken));
        AssertSafeHtml(json.RootElement.GetProperty("bodyHtml").GetString()!);
    }

    private static void AssertSafeHtml(string html)
    {
        html.ShouldContain("took the town");
        foreach (var forbidden in new[] { "<script", "onclick", "javascript:", "<iframe", "alert(2)" })
        {
            html.ShouldNotContain(forbidden, Case.Insensitive);
        }
    }

    private static async Task<JsonElement> WaitForStoryAsync(WorkerProcess worker, string id)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            using var response = await worker.Http.GetAsync(new Uri($"stories/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                return document.RootElement.Clone();
            }

            TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(60), $"story {id} was not stored");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The first Reuters-21578 record with a body, written to a file as <c>syndication import reuters</c> would push it.</summary>
    private static async Task<string> ReutersRecordAsync()
    {
        var sgm = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Shared, "corpora", "reuters21578", "reut2-000.sgm"), TestContext.Current.CancellationToken);
        var start = sgm.AsSpan().IndexOf("<REUTERS"u8);
        var end = sgm.AsSpan().IndexOf("</REUTERS>"u8) + "</REUTERS>".Length;
        var path = Path.Combine(Path.GetTempPath(), $"syndication-reuters-{Guid.NewGuid():N}.sgm");
        await File.WriteAllBytesAsync(path, sgm[start..end], TestContext.Current.CancellationToken);
        return path;
    }

    private static string? Header(Confluent.Kafka.ConsumeResult<byte[]?, byte[]?> message, string name) =>
        message.Message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
