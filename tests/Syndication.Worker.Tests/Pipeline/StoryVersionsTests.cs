using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Versions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class StoryVersionsTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Versions_ThenKill_OneEntryUpdatedInPlaceThenGoneEverywhereWithTombstone()
    {
        var v1 = Ninjs(1, "Rebels take the town", "Rebels took the town on Monday.", "usable");
        var v3 = Ninjs(3, "Rebels take the town, hold the bridge", "Rebels took the town on Monday and held the bridge.", "usable");
        var v2 = Ninjs(2, "Rebels take the town, reach the bridge", "Rebels took the town and reached the bridge.", "usable");
        var itemId = ItemId.Of(StoryDecoder.Decode(v1).Story!);

        // Version 3 before version 2: the late version 2 is recorded but never shown.
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [v1]);
        await WaitForAsync(() => EntryAsync(itemId), entry => entry is not null);
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [v3, v2]);
        var v2Id = StoryDecoder.Decode(v2).Story!.Id;
        await WaitForAsync(() => StatusCodeAsync($"stories/{v2Id}"), code => code == HttpStatusCode.OK);

        var entry = (await EntryAsync(itemId))!;
        entry.Element(s_atom + "title")!.Value.ShouldBe("Rebels take the town, hold the bridge");
        (DateTimeOffset.Parse(entry.Element(s_atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse(entry.Element(s_atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeTrue();
        (await AtomAsync()).Descendants(s_atom + "entry").Count(e => e.Element(s_atom + "id")!.Value.EndsWith(itemId, StringComparison.Ordinal)).ShouldBe(1);
        using (var late = JsonDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri($"stories/{v2Id}", UriKind.Relative), TestContext.Current.CancellationToken)))
        {
            late.RootElement.GetProperty("current").GetBoolean().ShouldBeFalse();
            late.RootElement.GetProperty("currentId").GetString().ShouldBe(StoryDecoder.Decode(v3).Story!.Id);
            late.RootElement.GetProperty("versions").GetArrayLength().ShouldBe(3);
        }

        var kill = Ninjs(4, "Rebels take the town, hold the bridge", "This story has been withdrawn.", "canceled");
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [kill]);
        await WaitForAsync(() => EntryAsync(itemId), gone => gone is null);

        XNamespace at = AtomFeedRenderer.TombstonesNamespace;
        var atom = await AtomAsync();
        atom.Root!.Elements(at + "deleted-entry").Select(t => t.Attribute("ref")!.Value).ShouldContain($"urn:syndication:story:{itemId}");
        var atomFile = Path.Combine(Path.GetTempPath(), $"syndication-{Guid.NewGuid():N}-tombstone.atom");
        await File.WriteAllTextAsync(atomFile, atom.ToString(), TestContext.Current.CancellationToken);
        var jing = await ExternalTool.RunAsync("jing", ["-c", RepositoryPaths.AtomSchema, atomFile]);
        jing.ExitCode.ShouldBe(0, jing.Output);
        (await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.rss", UriKind.Relative), TestContext.Current.CancellationToken)).ShouldNotContain(itemId);
        foreach (var version in new[] { v1, v2, v3, kill })
        {
            (await StatusCodeAsync($"stories/{StoryDecoder.Decode(version).Story!.Id}")).ShouldBe(HttpStatusCode.Gone);
        }

        (await StatusCodeAsync($"stories/{itemId}")).ShouldBe(HttpStatusCode.Gone);

        // Killed stays killed: a later version never brings it back.
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [Ninjs(5, "Rebels take the town again", "Back again.", "usable")]);
        await WaitForAsync(() => StatusCodeAsync($"stories/{StoryDecoder.Decode(Ninjs(5, "Rebels take the town again", "Back again.", "usable")).Story!.Id}"), code => code == HttpStatusCode.Gone);
        (await EntryAsync(itemId)).ShouldBeNull();
    }

    [Fact]
    public async Task PlainCopyCorrection_ReplacesTheStoryInPlaceMarkedAsCorrection()
    {
        var original = Encoding.UTF8.GetBytes("Quake hits the coast\n\nTOKYO, June 1 (Reuters) - A quake of magnitude 6.1 hit the coast.\n");
        var corrected = Encoding.UTF8.GetBytes("CORRECTED-Quake hits the coast\n\nTOKYO, June 1 (Reuters) - A quake of magnitude 5.1 hit the coast.\n");
        var itemId = ItemId.Of(StoryDecoder.Decode(original).Story!);
        ItemId.Of(StoryDecoder.Decode(corrected).Story!).ShouldBe(itemId);

        await RawTopic.ProduceAsync(fixture.BootstrapServers, [original]);
        await WaitForAsync(() => EntryAsync(itemId), entry => entry is not null);
        await RawTopic.ProduceAsync(fixture.BootstrapServers, [corrected]);
        var entry = await WaitForAsync(() => EntryAsync(itemId), e => e?.Element(s_atom + "content")?.Value.Contains("5.1", StringComparison.Ordinal) == true);

        entry!.Elements(s_atom + "category").ShouldContain(c => c.Attribute("term")!.Value == "correction");
        var rss = XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.rss", UriKind.Relative), TestContext.Current.CancellationToken));
        var item = rss.Descendants("item").Single(i => i.Element("guid")!.Value.EndsWith(itemId, StringComparison.Ordinal));
        item.Elements("category").ShouldContain(c => c.Value == "correction");
    }

    private static byte[] Ninjs(int version, string headline, string body, string pubStatus) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["uri"] = "urn:test:versions:rebels",
            ["type"] = "text",
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["versioncreated"] = $"2026-11-25T1{version}:00:00+01:00",
            ["pubstatus"] = pubStatus,
            ["headline"] = headline,
            ["body_text"] = body,
        });

    private async Task<XDocument> AtomAsync() =>
        XDocument.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken));

    private async Task<XElement?> EntryAsync(string itemId) =>
        (await AtomAsync()).Descendants(s_atom + "entry").SingleOrDefault(e => e.Element(s_atom + "id")!.Value == $"urn:syndication:story:{itemId}");

    private async Task<HttpStatusCode> StatusCodeAsync(string path)
    {
        using var response = await fixture.Worker.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(60), "the worker did not get there");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
