using System.Text;
using System.Text.Json;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Ninjs;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;
using Syndication.Core.Tests.Feeds;
using Syndication.Core.Versions;

namespace Syndication.Core.Tests.Formats.Ninjs;

public sealed class NinjsRendererTests
{
    private const string Publisher = "Desk & Co";

    private static readonly DateTimeOffset s_stored = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    // Every story-bearing folder of the corpora, one per input format or more; at most a few stories a file.
    private static readonly string[] s_corpusFolders =
    [
        "corpora/superdesk/ninjs", "corpora/iptc/ninjs", "corpora/superdesk/ap-media-json", "schemas/ninjs/examples/3.0",
        "corpora/superdesk/nitf", "corpora/iptc/nitf",
        "corpora/superdesk/newsml-g2", "corpora/iptc/newsml-g2",
        "corpora/superdesk/iptc7901", "corpora/superdesk/anpa", "corpora/superdesk/zczc",
        "corpora/feeds", "corpora/superdesk/atom", "corpora/superdesk/rss-wxr",
    ];

    private const int StoriesPerFile = 3;

    private const int ReutersStories = 10;

    [Fact]
    public async Task Render_Seed_IsValidNinjs()
    {
        using var files = new RenderedFiles();
        var file = files.Write("seed.json", NinjsRenderer.Render(Entry(Decode(SharedFiles.Seed)), Publisher));

        var (exitCode, output) = await Validators.NinjsAsync(file);

        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public async Task Render_StoriesFromEveryCorpusFormat_AreValidNinjs()
    {
        var samples = CorpusSample();
        samples.Select(sample => sample.Story.Format).Distinct().Order().ShouldBe(["anpa1312", "atom", "iptc7901", "newsmlg2", "ninjs", "nitf", "plain", "reuters-sgml", "rss", "zczc"]);
        using var files = new RenderedFiles();
        for (var i = 0; i < samples.Count; i++)
        {
            files.Write($"{i:000}.json", NinjsRenderer.Render(Entry(samples[i].Story), Publisher));
        }

        // One validator run for them all: ajv reads the glob itself and says "valid" or "invalid" per file.
        var (exitCode, output) = await Validators.NinjsAsync(Path.Combine(files.Folder, "*.json"));

        exitCode.ShouldBe(0, output);
        output.Split('\n').Count(line => line.EndsWith(" valid", StringComparison.Ordinal)).ShouldBe(samples.Count, output);
    }

    [Fact]
    public void Render_StoriesFromEveryCorpusFormat_DecodeBackToTheSameStory()
    {
        foreach (var (path, original) in CorpusSample())
        {
            var entry = Entry(original);

            var result = StoryDecoder.Decode(NinjsRenderer.Render(entry, Publisher));

            result.Rejections.ShouldBeEmpty(path);
            ShouldBeTheSameStory(result.Stories.ShouldHaveSingleItem(path), original, entry, path);
        }
    }

    [Fact]
    public void Render_StoryWithEveryField_DecodesBackToTheSameStory()
    {
        var original = EveryField();
        var entry = Entry(original);

        var decoded = StoryDecoder.Decode(NinjsRenderer.Render(entry, Publisher)).Story.ShouldNotBeNull();

        ShouldBeTheSameStory(decoded, original, entry, "every field");
        decoded.Published.ShouldBe(original.Published);
        decoded.Updated.ShouldBe(original.Updated);
        decoded.Provider.ShouldBe("Desk Wire");
    }

    [Fact]
    public async Task Render_StoryWithEveryField_PutsEachWhereNinjsHasAPlace()
    {
        var entry = Entry(EveryField());
        var bytes = NinjsRenderer.Render(entry, Publisher);
        using var files = new RenderedFiles();
        var (exitCode, output) = await Validators.NinjsAsync(files.Write("every-field.json", bytes));
        exitCode.ShouldBe(0, output);

        using var document = JsonDocument.Parse(bytes);
        var item = document.RootElement;
        item.GetProperty("uri").GetString().ShouldBe($"urn:syndication:story:{entry.ItemId}");
        item.GetProperty("standard").GetProperty("version").GetString().ShouldBe("3.1");
        item.GetProperty("type").GetString().ShouldBe("text");
        item.GetProperty("version").GetString().ShouldBe("4");
        item.GetProperty("firstCreated").GetString().ShouldBe("2026-11-24T08:00:00+03:00");
        item.GetProperty("versionCreated").GetString().ShouldBe("2026-11-25T09:30:00+03:00");
        item.GetProperty("embargoedUntil").GetString().ShouldBe("2026-11-26T06:00:00-05:00");
        item.GetProperty("pubStatus").GetString().ShouldBe("withheld");
        item.GetProperty("urgency").GetInt32().ShouldBe(2);
        item.GetProperty("language").GetString().ShouldBe("en-GB");
        item.GetProperty("copyrightNotice").GetString().ShouldBe("© 2026 Desk Wire");
        item.GetProperty("usageTerms").GetString().ShouldBe("Exclusive to The Levant Daily; No archiving");
        Pairs(item, "altIds", "role", "value").ShouldBe([("source", "urn:newsml:desk.example:20261125:lebanon-talks")]);
        Pairs(item, "headlines", "role", "value").ShouldBe([
            ("main", "Lebanon talks: Ministers agree to resume border negotiations"),
            ("subhead", "Aid convoys wait at the crossings"),
            ("kicker", "Lebanon talks"),
        ]);
        item.GetProperty("by").GetString().ShouldBe("Ann Writer, Rami Reporter and Wafa Writer");
        item.GetProperty("located").GetString().ShouldBe("BEIRUT, June 1");
        item.GetProperty("slugline").GetString().ShouldBe("lebanon-talks-ministers-agree-to-resume-border-negotiations");
        Pairs(item, "descriptions", "role", "value").ShouldBe([("creditline", "Reuters")]);
        Pairs(item, "bodies", "contentType", "value").ShouldBe([
            ("text/html", "<h2>Talks</h2><p>Officials said “we will not accept this.”</p><ul><li>One</li><li>Two</li></ul>"),
            ("text/plain", "Talks\n\nOfficials said “we will not accept this.”\n\nOne\n\nTwo"),
        ]);
        Pairs(item, "people", "name", "rel").ShouldBe([
            ("Ann Writer", "author"), ("Rami Reporter", "reporter"), ("Wafa Writer", "writer"), ("Samia Nakhoul", "editor"),
        ]);
        var subjects = item.GetProperty("subjects").EnumerateArray().Select(s => s.GetRawText()).ToList();
        subjects.ShouldBe([
            """{"name":"diplomacy","uri":"http://cv.iptc.org/newscodes/mediatopic/20000565"}""",
            """{"uri":"http://cv.iptc.org/newscodes/subjectcode/11000000"}""",
            """{"name":"Mideast","literal":"N2:MEAST"}""",
            """{"name":"border talks","rel":"keyword"}""",
        ]);
        Pairs(item, "places", "name", "literal").ShouldBe([("Lebanon", "iso3166-1a2:LB")]);
        Pairs(item, "genres", "name", "uri").ShouldBe([("Correction", "http://cv.iptc.org/newscodes/signal/correction")]);
        item.GetProperty("infoSources").GetRawText().ShouldBe("""[{"name":"Desk Wire"},{"name":"Desk \u0026 Co","role":"publisher"}]""");
    }

    [Fact]
    public void Render_StoryWithoutTimes_GivesTheTimesItWasStoredAt()
    {
        var story = Decode(SharedFiles.Seed);
        story.Published.ShouldBeNull();
        var entry = new FeedEntry("aaa509c870ca01e8ca8a895f94454469", story, s_stored, s_stored.AddHours(2));

        using var document = JsonDocument.Parse(NinjsRenderer.Render(entry, Publisher));

        document.RootElement.GetProperty("firstCreated").GetString().ShouldBe("2026-11-25T10:00:00+00:00");
        document.RootElement.GetProperty("versionCreated").GetString().ShouldBe("2026-11-25T12:00:00+00:00");
    }

    [Fact]
    public void Render_PlainStory_HasOnlyAPlainTextBody()
    {
        using var document = JsonDocument.Parse(NinjsRenderer.Render(Entry(Decode(SharedFiles.Seed)), Publisher));

        var body = document.RootElement.GetProperty("bodies").EnumerateArray().ShouldHaveSingleItem();
        body.GetProperty("contentType").GetString().ShouldBe("text/plain");
        body.GetProperty("value").GetString().ShouldStartWith("US-backed Syrian fighters and Iraqi forces pressed twin assaults");
    }

    [Fact]
    public void Render_HostileText_IsEscapedAndReadsBackVerbatim()
    {
        const string headline = "</script><!-- \"x\" & 'y' \u0007 😀";
        var entry = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { Headline = headline } };

        var bytes = NinjsRenderer.Render(entry, "<Desk>");

        var json = Encoding.UTF8.GetString(bytes);
        json.ShouldNotContain('<');
        json.ShouldNotContain('>');
        bytes.ShouldAllBe(b => b >= 0x20);
        using var document = JsonDocument.Parse(bytes);
        document.RootElement.GetProperty("headlines")[0].GetProperty("value").GetString().ShouldBe(headline);
        document.RootElement.GetProperty("bodies")[0].GetProperty("value").GetString().ShouldBe("First <p>paragraph</p> & more.\n\nSecond ]]> paragraph.");
    }

    [Fact]
    public void Render_NoPublisher_IsRefused()
    {
        Should.Throw<ArgumentException>(() => NinjsRenderer.Render(FeedTestEntries.Hostile(), " "));
    }

    /// <summary>
    /// The decoded story is the original but for what ninjs cannot carry back, each said here: the <c>uri</c> is
    /// the entry id, so it comes back as the source id (and the id, which hashes it, changes with it alone);
    /// the source link has no place; a story with no times gets the entry's; and the format is now ninjs.
    /// </summary>
    private static void ShouldBeTheSameStory(Story decoded, Story original, FeedEntry entry, string path)
    {
        decoded.Headline.ShouldBe(original.Headline, path);
        decoded.Kicker.ShouldBe(original.Kicker, path);
        decoded.Subheadline.ShouldBe(original.Subheadline, path);
        decoded.Contributors.ShouldBe(original.Contributors, path);
        decoded.Dateline.ShouldBe(original.Dateline, path);
        decoded.Credit.ShouldBe(original.Credit, path);
        decoded.Rights.ShouldBe(original.Rights, path);
        decoded.Paragraphs.ShouldBe(original.Paragraphs, path);
        decoded.BodyHtml.ShouldBe(original.BodyHtml, path);
        decoded.WordCount.ShouldBe(original.WordCount, path);
        decoded.Language.ShouldBe(original.Language, path);
        decoded.Provider.ShouldBe(original.Provider, path);
        decoded.Version.ShouldBe(original.Version, path);
        decoded.Published.ShouldBe(original.Published ?? StoryTime.From(entry.Published), path);
        decoded.Updated.ShouldBe(original.Updated ?? StoryTime.From(entry.Updated), path);
        decoded.Embargo.ShouldBe(original.Embargo, path);
        decoded.Urgency.ShouldBe(original.Urgency, path);
        decoded.PubStatus.ShouldBe(original.PubStatus, path);
        decoded.IsCorrection.ShouldBe(original.IsCorrection, path);
        decoded.Subjects.ShouldBe(original.Subjects, path);
        decoded.Keywords.ShouldBe(original.Keywords, path);
        decoded.Places.ShouldBe(original.Places, path);
        decoded.Deviations.ShouldBeEmpty(path);
        decoded.Format.ShouldBe("ninjs", path);
        decoded.SourceId.ShouldBe($"urn:syndication:story:{entry.ItemId}", path);
        decoded.SourceUri.ShouldBeNull(path);
        StoryId.Compute(decoded with { SourceId = original.SourceId }).ShouldBe(original.Id, path);
        // A headline with no Latin letters has its id as its slug, and the id is the one thing that changes.
        decoded.Slug.ShouldBe(original.Slug == original.Id ? decoded.Id : original.Slug, path);
    }

    private static List<(string Path, Story Story)> CorpusSample()
    {
        var sample = new List<(string, Story)> { (SharedFiles.Seed, Decode(SharedFiles.Seed)) };
        foreach (var folder in s_corpusFolders)
        {
            foreach (var path in SharedFiles.List(folder, "*").Where(path => !path.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                sample.AddRange(StoryDecoder.Decode(SharedFiles.ReadBytes(path)).Stories.Take(StoriesPerFile).Select(story => (path, story)));
            }
        }

        // A Reuters-21578 file holds a thousand records, each pushed as an input of its own.
        const string reuters = "corpora/reuters21578/reut2-000.sgm";
        sample.AddRange(ReutersRecords(SharedFiles.ReadBytes(reuters))
            .SelectMany(record => StoryDecoder.Decode(record).Stories)
            .Take(ReutersStories)
            .Select(story => (reuters, story)));
        return sample;
    }

    private static IEnumerable<byte[]> ReutersRecords(byte[] file)
    {
        var end = 0;
        while (true)
        {
            var start = file.AsSpan(end).IndexOf("<REUTERS"u8);
            if (start < 0)
            {
                yield break;
            }

            start += end;
            var length = file.AsSpan(start).IndexOf("</REUTERS>"u8) + "</REUTERS>".Length;
            end = start + length;
            yield return file[start..end];
        }
    }

    /// <summary>A story with every field set, normalized the way a decoder's draft is.</summary>
    private static Story EveryField()
    {
        var draft = new StoryDraft
        {
            Format = "newsmlg2",
            Headline = "Lebanon talks: Ministers agree to resume border negotiations",
            Subheadline = "Aid convoys wait at the crossings",
            Contributors =
            [
                new Contributor("Ann Writer", ContributorRole.Author),
                new Contributor("Rami Reporter", ContributorRole.Reporter),
                new Contributor("Wafa Writer", ContributorRole.Writer),
                new Contributor("Samia Nakhoul", ContributorRole.Editor),
            ],
            Dateline = "BEIRUT, June 1",
            Credit = "Reuters",
            Rights = new StoryRights("The Levant Daily", "© 2026 Desk Wire", "No archiving"),
            BodyHtml = "<h2>Talks</h2><p>Officials said \"we will not accept this.\"</p><ul><li>One</li><li>Two</li></ul>",
            Language = "en-gb",
            Provider = "Desk Wire",
            SourceId = "urn:newsml:desk.example:20261125:lebanon-talks",
            Version = 4,
            SourceUri = "https://desk.example/stories/lebanon-talks",
            Published = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(3)),
            Updated = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(3)),
            Embargo = new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.FromHours(-5)),
            Urgency = 2,
            PubStatus = PubStatus.Withheld,
            IsCorrection = true,
            Subjects = [new Subject("medtop:20000565", "diplomacy"), new Subject("subj:11000000", null), new Subject("N2:MEAST", "Mideast")],
            Keywords = ["border talks"],
            Places = [new Place("Lebanon", "iso3166-1a2:LB")],
        };
        return StoryNormalizer.Normalize(draft).Story.ShouldNotBeNull();
    }

    private static IEnumerable<(string?, string?)> Pairs(JsonElement item, string property, string first, string second) =>
        item.GetProperty(property).EnumerateArray().Select(entry => (Member(entry, first), Member(entry, second)));

    private static string? Member(JsonElement entry, string name) => entry.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static Story Decode(string path) => StoryDecoder.Decode(SharedFiles.ReadBytes(path)).Stories[0];

    private static FeedEntry Entry(Story story) => new(ItemId.Of(story), story, s_stored, s_stored.AddHours(1));
}
