using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Http;

public sealed class FeedEndpointsTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    private const string SeedHeadline = "Syrian Conflict: Twin assaults against the Islamic State (IS)";

    [Fact]
    public async Task SeedIngested_BothFeedsCarryItAndPassValidators()
    {
        var worker = fixture.Worker;
        await IngestSeedAsync(worker);

        var atom = await worker.Http.GetAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken);
        atom.StatusCode.ShouldBe(HttpStatusCode.OK);
        atom.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        atom.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var atomFile = await SaveAsync(atom, "latest.atom");
        var jing = await ExternalTool.RunAsync("jing", ["-c", RepositoryPaths.AtomSchema, atomFile]);
        jing.ExitCode.ShouldBe(0, jing.Output);

        var rss = await worker.Http.GetAsync(new Uri("feeds/latest.rss", UriKind.Relative), TestContext.Current.CancellationToken);
        rss.StatusCode.ShouldBe(HttpStatusCode.OK);
        rss.Content.Headers.ContentType!.MediaType.ShouldBe("application/rss+xml");
        var rssFile = await SaveAsync(rss, "latest.rss");

        foreach (var file in new[] { atomFile, rssFile })
        {
            var parsed = await FeedParser.ParseAsync(file);
            parsed.GetProperty("bozo").GetInt32().ShouldBe(0, parsed.ToString());
            var entry = parsed.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("title").GetString() == SeedHeadline);
            var html = entry.GetProperty("content").GetString()!;
            html.Split("<p>").Length.ShouldBe(14, "13 body paragraphs");
            html.ShouldContain("“it’s the beginning");
            entry.GetProperty("summary").GetString()!.ShouldStartWith("US-backed Syrian fighters");
            entry.GetProperty("rights").GetString()!.ShouldContain("Exclusive to The Middle East Online");
            entry.GetProperty("contributors").EnumerateArray().Select(c => c.GetString()).ShouldContain("Nelly Tawil");
            entry.GetProperty("id").GetString()!.ShouldStartWith("urn:syndication:story:");
        }
    }

    [Fact]
    public async Task Feeds_EntryIdsAreStableAcrossFormatsAndRequests()
    {
        var worker = fixture.Worker;
        var id = await IngestSeedAsync(worker);
        var atom = XDocument.Parse(await worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken));
        var rss = XDocument.Parse(await worker.Http.GetStringAsync(new Uri("feeds/latest.rss", UriKind.Relative), TestContext.Current.CancellationToken));
        XNamespace a = "http://www.w3.org/2005/Atom";
        atom.Descendants(a + "id").Select(e => e.Value).ShouldContain($"urn:syndication:story:{id}");
        var guid = rss.Descendants("guid").Single(e => e.Value == $"urn:syndication:story:{id}");
        guid.Attribute("isPermaLink")!.Value.ShouldBe("false");
    }

    [Fact]
    public async Task Feeds_ConditionalRequests_Answer304()
    {
        var worker = fixture.Worker;
        await IngestSeedAsync(worker);
        foreach (var path in new[] { "feeds/latest.rss", "feeds/latest.atom" })
        {
            using var first = await worker.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var etag = first.Headers.ETag.ShouldNotBeNull();
            var lastModified = first.Content.Headers.LastModified.ShouldNotBeNull();

            using var byTag = new HttpRequestMessage(HttpMethod.Get, path);
            byTag.Headers.IfNoneMatch.Add(etag);
            (await worker.Http.SendAsync(byTag, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

            using var byDate = new HttpRequestMessage(HttpMethod.Get, path);
            byDate.Headers.IfModifiedSince = lastModified;
            (await worker.Http.SendAsync(byDate, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

            using var stale = new HttpRequestMessage(HttpMethod.Get, path);
            stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"rss-0\"", isWeak: true));
            (await worker.Http.SendAsync(stale, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Feeds_NewStory_ChangesETag()
    {
        var worker = fixture.Worker;
        await IngestSeedAsync(worker);
        using var before = await worker.Http.GetAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken);
        var stored = WorkerProcess.Stories(await worker.StatusAsync(), "stored");
        await Ingest(worker, TestStories.Plain("etag", 1));
        await worker.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") > stored, TimeSpan.FromSeconds(30));
        using var after = await worker.Http.GetAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken);
        after.Headers.ETag.ShouldNotBe(before.Headers.ETag);
        (await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("story etag number 1");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Feeds_AcceptEncoding_Compresses(string encoding)
    {
        var worker = fixture.Worker;
        await IngestSeedAsync(worker);
        using var request = new HttpRequestMessage(HttpMethod.Get, "feeds/latest.rss");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await worker.Http.SendAsync(request, TestContext.Current.CancellationToken);
        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var stream = encoding == "gzip"
            ? (Stream)new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        var xml = await new StreamReader(stream).ReadToEndAsync(TestContext.Current.CancellationToken);
        xml.ShouldContain(SeedHeadline);
    }

    [Fact]
    public async Task Story_ById_ReturnsNormalizedJson()
    {
        var worker = fixture.Worker;
        var id = await IngestSeedAsync(worker);
        using var response = await worker.Http.GetAsync(new Uri($"stories/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var story = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = story.RootElement;
        root.GetProperty("itemId").GetString().ShouldBe(id);
        root.GetProperty("id").GetString().ShouldBe("2a8d786223a0c9f2d7adce8885f1de4a");
        root.GetProperty("current").GetBoolean().ShouldBeTrue();
        root.GetProperty("headline").GetString().ShouldBe(SeedHeadline);
        root.GetProperty("kicker").GetString().ShouldBe("Syrian Conflict");
        root.GetProperty("rights").GetProperty("exclusiveTo").GetString().ShouldBe("The Middle East Online");
        root.GetProperty("paragraphs").GetArrayLength().ShouldBe(13);
        root.GetProperty("wordCount").GetInt32().ShouldBe(442);
        var contributor = root.GetProperty("contributors").EnumerateArray().Single();
        contributor.GetProperty("name").GetString().ShouldBe("Nelly Tawil");
        contributor.GetProperty("role").GetString().ShouldBe("Editor");
        root.GetProperty("source").GetProperty("topic").GetString().ShouldBe("wire.stories.raw");
    }

    [Fact]
    public async Task Story_UnknownId_Returns404()
    {
        using var response = await fixture.Worker.Http.GetAsync(new Uri("stories/00000000000000000000000000000000", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Ingests the seed and returns its item id (as its feed entry names it) once it is stored (or counted as a duplicate).</summary>
    internal static async Task<string> IngestSeedAsync(WorkerProcess worker)
    {
        var before = await worker.StatusAsync();
        await Ingest(worker, await File.ReadAllBytesAsync(RepositoryPaths.Seed));
        await worker.WaitForStatusAsync(
            s => WorkerProcess.Stories(s, "stored") + WorkerProcess.Stories(s, "duplicates") > WorkerProcess.Stories(before, "stored") + WorkerProcess.Stories(before, "duplicates"),
            TimeSpan.FromSeconds(30));
        var atom = XDocument.Parse(await worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative)));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = atom.Descendants(a + "entry").First(e => e.Element(a + "title")!.Value == SeedHeadline);
        return entry.Element(a + "id")!.Value["urn:syndication:story:".Length..];
    }

    internal static async Task Ingest(WorkerProcess worker, byte[] story)
    {
        using var response = await worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(story));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"syndication-{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
