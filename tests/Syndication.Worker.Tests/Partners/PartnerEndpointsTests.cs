using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Worker.Tests.Http;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Partners;

/// <summary>Partners' feeds and stories over real HTTP: keys, rights routing, formats through outside validators, caching, paging, limits.</summary>
public sealed class PartnerEndpointsTests(PartnerWorkerFixture fixture) : IClassFixture<PartnerWorkerFixture>
{
    private const string SeedHeadline = "Syrian Conflict: Twin assaults against the Islamic State (IS)";
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_WithoutOrWithWrongKey_Is401()
    {
        using var none = await fixture.Worker.Http.GetAsync(new Uri("partners/meo/feeds/world", UriKind.Relative), Cancellation);
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.ShouldHaveSingleItem().Scheme.ShouldBe("Bearer");

        using var wrong = await GetAsync("partners/meo/feeds/world", "syn_not-a-key");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var story = await GetAsync("partners/meo/stories/anything", null);
        story.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("partners/meo/feeds/world")]
    [InlineData("partners/meo/feeds/all")]
    [InlineData("partners/meo/stories/anything")]
    [InlineData("partners/nobody/feeds/world")]
    [InlineData("partners/acme/feeds/no-such-feed")]
    public async Task Path_OfAnotherPartnerOrNothing_Is404NeverForbidden(string path)
    {
        using var response = await GetAsync(path, fixture.Keys["acme"]);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExclusiveStory_ReachesItsPartnerOnly()
    {
        var itemId = await IngestAndFindAsync(await File.ReadAllBytesAsync(RepositoryPaths.Seed, Cancellation), SeedHeadline);

        (await EntryTitlesAsync("meo", "all")).ShouldContain(SeedHeadline);
        foreach (var other in new[] { "acme", "gee", "tmpl" })
        {
            (await EntryTitlesAsync(other, "all")).ShouldNotContain(SeedHeadline, $"{other} is not The Middle East Online");
            using var direct = await GetAsync($"partners/{other}/stories/{itemId}", fixture.Keys[other]);
            direct.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{other} may not read meo's exclusive by its id");
            using var viaMeo = await GetAsync($"partners/meo/stories/{itemId}", fixture.Keys[other]);
            viaMeo.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var firehose = XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), Cancellation));
        var mark = firehose.Descendants(s_atom + "entry").Single(e => e.Element(s_atom + "title")!.Value == SeedHeadline)
            .Elements(s_atom + "category").Single(c => (string?)c.Attribute("scheme") == "urn:syndication:status");
        mark.Attribute("term")!.Value.ShouldBe("exclusive", "the operator's firehose says whom the story is for");
        mark.Attribute("label")!.Value.ShouldContain("partner meo");

        using var nitf = await GetAsync($"partners/meo/stories/{itemId}", fixture.Keys["meo"]);
        nitf.StatusCode.ShouldBe(HttpStatusCode.OK);
        nitf.Content.Headers.ContentType!.MediaType.ShouldBe("application/nitf+xml");
        var file = await SaveAsync(nitf, "seed.nitf.xml");
        var validation = await Validators.NitfAsync(file);
        validation.ExitCode.ShouldBe(0, validation.Output);
    }

    [Fact]
    public async Task StoryExclusiveToThePublisherOrToNobody_ReachesEveryPartner()
    {
        var publisher = Story("Publisher exclusive: rates held", exclusiveTo: PartnerWorkerFixture.Publisher);
        var open = Story("Open story: harvest begins");
        await IngestAndFindAsync(publisher, "Publisher exclusive: rates held");
        await IngestAndFindAsync(open, "Open story: harvest begins");

        foreach (var partner in new[] { "meo", "acme", "gee", "tmpl" })
        {
            var titles = await EntryTitlesAsync(partner, "all");
            titles.ShouldContain("Publisher exclusive: rates held");
            titles.ShouldContain("Open story: harvest begins");
        }
    }

    [Fact]
    public async Task StoryExclusiveToAnUnknownName_IsHeldUntilAnOperatorRoutesIt()
    {
        const string headline = "Held story: a name nobody has";
        var itemId = await IngestAndFindAsync(Story(headline, exclusiveTo: "Nobody Daily"), headline);

        var firehose = await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.rss", UriKind.Relative), Cancellation);
        XDocument.Parse(firehose).Descendants("item").Single(i => i.Element("title")!.Value == headline)
            .Elements("category").Select(c => c.Value).ShouldContain("held");
        var status = await fixture.Worker.StatusAsync();
        status.GetProperty("held").EnumerateArray().Select(h => h.GetProperty("itemId").GetString()).ShouldContain(itemId);
        foreach (var partner in new[] { "meo", "acme" })
        {
            (await EntryTitlesAsync(partner, "all")).ShouldNotContain(headline);
        }

        var route = await ExternalTool.RunAsync("dotnet", [RepositoryPaths.CliDll, "route", itemId, "acme", "--store", fixture.StorePath, "--file", fixture.PartnersFile]);
        route.ExitCode.ShouldBe(0, route.Output);

        // Written by another process: the worker's feeds read the store's stamp again within StoreStamp.MaxAge.
        var clock = Stopwatch.StartNew();
        var askedAt = TimeSpan.Zero;
        var shown = false;
        while (!shown)
        {
            askedAt = clock.Elapsed;
            askedAt.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the route never showed");
            shown = (await EntryTitlesAsync("acme", "all")).Contains(headline);
            if (!shown)
            {
                await Task.Delay(50, Cancellation);
            }
        }

        askedAt.ShouldBeLessThan(TimeSpan.FromSeconds(1), "a route shows within a second");
        (await EntryTitlesAsync("meo", "all")).ShouldNotContain(headline);
        (await fixture.Worker.StatusAsync()).GetProperty("held").EnumerateArray().Select(h => h.GetProperty("itemId").GetString()).ShouldNotContain(itemId);
    }

    [Fact]
    public async Task EmbargoedStory_ReachesNobodyBeforeItsTimeAndEveryoneAfterWithoutARestart()
    {
        const string headline = "Results at the bell: a story under embargo";
        var lifts = TimeProvider.System.GetUtcNow().AddSeconds(6);
        var itemId = await IngestAndFindAsync(Story(headline, embargo: lifts), headline);

        (await EntryTitlesAsync("acme", "all")).ShouldNotContain(headline);
        using (var early = await GetAsync($"partners/acme/stories/{itemId}", fixture.Keys["acme"]))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await Task.Delay(lifts - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(500), Cancellation);
        (await EntryTitlesAsync("acme", "all")).ShouldContain(headline);
        (await EntryTitlesAsync("meo", "world")).ShouldContain(headline);
    }

    [Fact]
    public async Task KilledStory_LeavesEveryPartnerFeedWithATombstoneAndIsGone()
    {
        const string headline = "Doomed story: figures revised";
        var itemId = await IngestAndFindAsync(Story(headline), headline);
        (await EntryTitlesAsync("acme", "all")).ShouldContain(headline);

        await FeedEndpointsTests.Ingest(fixture.Worker, Story($"KILL - {headline}", body: "This story has been withdrawn."));
        await WaitUntilAsync(async () => !(await EntryTitlesAsync("acme", "all")).Contains(headline));

        using var gone = await GetAsync($"partners/acme/stories/{itemId}", fixture.Keys["acme"]);
        gone.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var atom = XDocument.Parse(await (await GetAsync("partners/meo/feeds/all", fixture.Keys["meo"])).Content.ReadAsStringAsync(Cancellation));
        XNamespace at = "http://purl.org/atompub/tombstones/1.0";
        atom.Descendants(at + "deleted-entry").Select(e => e.Attribute("ref")!.Value).ShouldContain($"urn:syndication:story:{itemId}");
        (await EntryTitlesAsync("meo", "world")).ShouldNotContain(headline);
    }

    [Fact]
    public async Task EveryFormat_PassesItsOutsideValidator()
    {
        const string headline = "Formats story: <markup> & ampersands survive";
        var itemId = await IngestAndFindAsync(Story(headline), headline);

        using var rss = await GetAsync("partners/acme/feeds/world", fixture.Keys["acme"]);
        rss.Content.Headers.ContentType!.MediaType.ShouldBe("application/rss+xml");
        var parsed = await FeedParser.ParseAsync(await SaveAsync(rss, "world.rss"));
        parsed.GetProperty("bozo").GetInt32().ShouldBe(0, parsed.ToString());
        parsed.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ShouldContain(headline);

        using var atom = await GetAsync("partners/acme/feeds/all", fixture.Keys["acme"]);
        var jing = await Validators.AtomAsync(await SaveAsync(atom, "all.atom"));
        jing.ExitCode.ShouldBe(0, jing.Output);

        using var json = await GetAsync("partners/acme/feeds/json", fixture.Keys["acme"]);
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/feed+json");
        var jsonFile = await SaveAsync(json, "feed.json");
        var ajv = await Validators.JsonFeedAsync(jsonFile);
        ajv.ExitCode.ShouldBe(0, ajv.Output);
        var read = await Validators.ReadFeedAsync(jsonFile);
        read.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ShouldContain(headline);
        read.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("link").GetString())
            .ShouldContain(new Uri(fixture.Worker.BaseUri, $"partners/acme/stories/{itemId}").ToString());

        using var ninjs = await GetAsync($"partners/acme/stories/{itemId}", fixture.Keys["acme"]);
        var ninjsCheck = await Validators.NinjsAsync(await SaveAsync(ninjs, "story.ninjs.json"));
        ninjsCheck.ExitCode.ShouldBe(0, ninjsCheck.Output);

        using var g2 = await GetAsync($"partners/gee/stories/{itemId}", fixture.Keys["gee"]);
        var g2Check = await Validators.NewsMlG2Async(await SaveAsync(g2, "story.g2.xml"));
        g2Check.ExitCode.ShouldBe(0, g2Check.Output);

        using var html = await GetAsync($"partners/tmpl/stories/{itemId}", fixture.Keys["tmpl"]);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await html.Content.ReadAsStringAsync(Cancellation);
        page.ShouldContain("&lt;markup&gt; &amp;");
        page.ShouldNotContain("<markup>");
    }

    [Fact]
    public async Task AtomEntries_LinkToThePartnersStoryInItsFormat()
    {
        const string headline = "Linked story: bridges reopen";
        var itemId = await IngestAndFindAsync(Story(headline), headline);
        var atom = XDocument.Parse(await (await GetAsync("partners/gee/feeds/all", fixture.Keys["gee"])).Content.ReadAsStringAsync(Cancellation));
        var entry = atom.Descendants(s_atom + "entry").Single(e => e.Element(s_atom + "title")!.Value == headline);
        var link = entry.Elements(s_atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate");
        link.Attribute("type")!.Value.ShouldBe("application/vnd.iptc.g2.newsitem+xml");
        link.Attribute("href")!.Value.ShouldBe(new Uri(fixture.Worker.BaseUri, $"partners/gee/stories/{itemId}").ToString());
    }

    [Fact]
    public async Task Feed_ConditionalGetAndCompression()
    {
        await IngestAndFindAsync(Story("Cached story: one render"), "Cached story: one render");
        using var first = await GetAsync("partners/acme/feeds/world", fixture.Keys["acme"]);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        first.Headers.CacheControl!.Private.ShouldBeTrue();

        using var again = new HttpRequestMessage(HttpMethod.Get, "partners/acme/feeds/world");
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys["acme"]);
        again.Headers.IfNoneMatch.Add(etag);
        (await fixture.Worker.Http.SendAsync(again, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var gzip = new HttpRequestMessage(HttpMethod.Get, "partners/acme/feeds/world");
        gzip.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Keys["acme"]);
        gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await fixture.Worker.Http.SendAsync(gzip, Cancellation);
        compressed.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
    }

    [Fact]
    public async Task Feed_NextLinks_WalkEveryStoryOnce()
    {
        var stored = WorkerProcess.Stories(await fixture.Worker.StatusAsync(), "stored");
        for (var i = 0; i < 60; i++)
        {
            await FeedEndpointsTests.Ingest(fixture.Worker, Story($"Paged story {i}: markets steady"));
        }

        // Stories ingested one after another land on different partitions and may be stored in another
        // order: wait for all of them, not for the last one sent.
        await WaitUntilAsync(async () => WorkerProcess.Stories(await fixture.Worker.StatusAsync(), "stored") >= stored + 60);
        var seen = new List<string>();
        var next = "partners/acme/feeds/all";
        var pages = 0;
        while (next is not null && pages++ < 20)
        {
            var atom = XDocument.Parse(await (await GetAsync(next, fixture.Keys["acme"])).Content.ReadAsStringAsync(Cancellation));
            seen.AddRange(atom.Descendants(s_atom + "entry").Select(e => e.Element(s_atom + "title")!.Value));
            next = atom.Root!.Elements(s_atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "next")?.Attribute("href")!.Value;
        }

        pages.ShouldBeGreaterThan(1);
        seen.ShouldBeUnique();
        seen.Count(title => title.StartsWith("Paged story ", StringComparison.Ordinal)).ShouldBe(60);
    }

    [Fact]
    public async Task Feed_OverTheRateLimit_Is429WithRetryAfter()
    {
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await GetAsync("partners/slow/feeds/world", fixture.Keys["slow"]));
        }

        statuses.Take(3).ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK);
        var limited = statuses[^1];
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
        statuses.ForEach(response => response.Dispose());
    }

    [Fact]
    public async Task Keys_PresentedInQueryOrHeader_NeverAppearInTheLogs()
    {
        using var byQuery = await fixture.Worker.Http.GetAsync(new Uri($"partners/acme/feeds/world?key={Uri.EscapeDataString(fixture.Keys["acme"])}", UriKind.Relative), Cancellation);
        byQuery.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var wrong = await fixture.Worker.Http.GetAsync(new Uri("partners/acme/feeds/world?key=syn_secret-wrong-key", UriKind.Relative), Cancellation);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Task.Delay(500, Cancellation);

        foreach (var key in fixture.Keys.Values.Append("syn_secret-wrong-key"))
        {
            fixture.Worker.Output.ShouldNotContain(key);
        }

        fixture.Worker.Output.ShouldNotContain("twin assaults against the Islamic State (IS) group on Wednesday", Case.Insensitive);
    }

    [Fact]
    public async Task PartnersFile_ChangedOnDisk_IsReloadedAndABrokenOneRefused()
    {
        var partners = fixture.Partners();
        var newKey = Syndication.Core.Partners.PartnerKey.Generate();
        var late = partners["partners"]![0]!.DeepClone().AsObject();
        late["id"] = "late";
        late["name"] = "Late Joiner";
        late["knownAs"] = new System.Text.Json.Nodes.JsonArray("Late Joiner");
        late["keys"] = new System.Text.Json.Nodes.JsonArray(Syndication.Core.Partners.PartnerKey.Hash(newKey));
        partners["partners"]!.AsArray().Add(late);
        await fixture.WritePartnersAsync(partners);
        await WaitUntilAsync(async () => (await GetAsync("partners/late/feeds/world", newKey)).StatusCode == HttpStatusCode.OK);

        await File.WriteAllTextAsync(fixture.PartnersFile, "{ \"partners\": [ { \"id\": \"broken\", ", Cancellation);
        await WaitUntilAsync(async () => (await fixture.Worker.StatusAsync()).GetProperty("partners").GetProperty("refused").GetArrayLength() > 0);
        (await GetAsync("partners/late/feeds/world", newKey)).StatusCode.ShouldBe(HttpStatusCode.OK, "the last good file stays in force");

        await fixture.WritePartnersAsync(fixture.Partners());
        await WaitUntilAsync(async () => (await GetAsync("partners/late/feeds/world", newKey)).StatusCode == HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return fixture.Worker.Http.SendAsync(request, Cancellation);
    }

    private async Task<List<string>> EntryTitlesAsync(string partner, string feed)
    {
        using var response = await GetAsync($"partners/{partner}/feeds/{feed}", fixture.Keys[partner]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        if (text.TrimStart().StartsWith('{'))
        {
            using var json = JsonDocument.Parse(text);
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!)];
        }

        var xml = XDocument.Parse(text);
        return [.. xml.Descendants(s_atom + "entry").Select(e => e.Element(s_atom + "title")!.Value)
            .Concat(xml.Descendants("item").Select(e => e.Element("title")!.Value))];
    }

    /// <summary>Ingests a story and waits until the operator's firehose shows it; returns its item id.</summary>
    private async Task<string> IngestAndFindAsync(byte[] story, string headline)
    {
        await FeedEndpointsTests.Ingest(fixture.Worker, story);
        string? itemId = null;
        await WaitUntilAsync(async () =>
        {
            var atom = XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), Cancellation));
            itemId = atom.Descendants(s_atom + "entry").FirstOrDefault(e => e.Element(s_atom + "title")!.Value == headline)?.Element(s_atom + "id")!.Value["urn:syndication:story:".Length..];
            return itemId is not null;
        });
        return itemId!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (!await condition())
        {
            TimeProvider.System.GetUtcNow().ShouldBeLessThan(deadline, "the condition did not come true in 30 s");
            await Task.Delay(200, Cancellation);
        }
    }

    private static byte[] Story(string headline, string? exclusiveTo = null, DateTimeOffset? embargo = null, string? body = null)
    {
        var text = new StringBuilder();
        if (embargo is { } until)
        {
            text.Append($"EMBARGOED UNTIL {until.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\n\n");
        }

        text.Append(headline).Append("\n\n");
        if (exclusiveTo is not null)
        {
            text.Append($"Exclusive to {exclusiveTo}\n\n");
        }

        text.Append($"LONDON, June 3 (Reuters) - {body ?? Words(headline, 40)}\n\n");
        if (body is null)
        {
            text.Append(Words(headline + " second", 40)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Sentences of words drawn by the headline: bodies that are not near duplicates of one another.</summary>
    private static string Words(string seed, int count)
    {
        string[] vocabulary = ["bank", "rates", "harvest", "bridge", "council", "budget", "export", "shares", "storm", "court", "mayor",
            "oil", "wheat", "railway", "strike", "museum", "election", "vaccine", "satellite", "river", "copper", "tariff", "festival",
            "airport", "drought", "factory", "ministry", "league", "tunnel", "coffee", "harbour", "senate", "grain", "pension", "rally"];
        var random = new Random(seed.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        var words = Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
        return "Officials said the " + string.Join(' ', words) + " would be reviewed.";
    }

    private static async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"syndication-{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(Cancellation), Cancellation);
        return path;
    }
}
