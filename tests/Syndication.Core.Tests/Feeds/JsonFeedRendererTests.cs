using System.Text;
using System.Text.Json;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Core.Tests.Feeds;

public sealed class JsonFeedRendererTests
{
    private static readonly DateTimeOffset s_published = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    // Real stories from four input formats, and the hostile one the other feed renderers are tested with.
    private static readonly string[] s_realStories =
    [
        SharedFiles.Seed,
        "corpora/superdesk/ninjs/ninjs_embargoed.json",
        "corpora/superdesk/nitf/aap-1.xml",
        "schemas/ninjs/examples/3.0/tt_text_image_3.json",
    ];

    private static readonly FeedDescription s_paged = FeedTestEntries.Description with
    {
        Self = new Uri("http://127.0.0.1:8080/feeds/latest.json?page=2"),
        Next = new Uri("http://127.0.0.1:8080/feeds/latest.json?page=3"),
    };

    [Fact]
    public async Task Render_RealStories_IsValidJsonFeed()
    {
        using var files = new RenderedFiles();
        var file = files.Write("feed.json", JsonFeedRenderer.Render(s_paged, RealEntries()));

        var (exitCode, output) = await Validators.JsonFeedAsync(file);

        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public async Task Render_RealStories_FeedExtractorReadsTitlesLinksAndDates()
    {
        var entries = RealEntries();
        using var files = new RenderedFiles();

        var feed = await Validators.ReadFeedAsync(files.Write("feed.json", JsonFeedRenderer.Render(FeedTestEntries.Description, entries)));

        feed.GetProperty("title").GetString().ShouldBe("Desk: latest");
        feed.GetProperty("link").GetString().ShouldBe("http://127.0.0.1:8080/");
        var read = feed.GetProperty("entries").EnumerateArray().ToList();
        read.Count.ShouldBe(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            read[i].GetProperty("id").GetString().ShouldBe($"urn:syndication:story:{entries[i].ItemId}");
            read[i].GetProperty("title").GetString().ShouldBe(entries[i].Story.Headline);
            read[i].GetProperty("link").GetString().ShouldBe($"http://127.0.0.1:8080/stories/{entries[i].ItemId}");
            DateTimeOffset.Parse(read[i].GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(entries[i].Published);
        }
    }

    [Fact]
    public async Task Render_HostileHeadline_IsEscapedAndReadsBackVerbatim()
    {
        const string headline = "</script><script>alert('x')</script> \"quoted\" & <!-- \u0001bell\u0007 \u2028 😀 𝔸 é";
        var entry = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { Headline = headline } };
        var bytes = JsonFeedRenderer.Render(FeedTestEntries.Description, [entry]);
        var json = Encoding.UTF8.GetString(bytes);

        // Nothing in the document can end a script block or open a comment where a page inlines it.
        json.ShouldNotContain('<');
        json.ShouldNotContain('>');
        json.ShouldContain(@"\u003C/script\u003E");
        bytes.ShouldAllBe(b => b >= 0x20, "control characters are escaped");
        json.ShouldContain(@"\u0001bell\u0007 \u2028 \uD83D\uDE00 \uD835\uDD38 é");
        using var document = JsonDocument.Parse(bytes);
        document.RootElement.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe(headline);
        using var files = new RenderedFiles();
        var file = files.Write("hostile.json", bytes);
        var (exitCode, output) = await Validators.JsonFeedAsync(file);
        exitCode.ShouldBe(0, output);
        (await Validators.ReadFeedAsync(file)).GetProperty("entries")[0].GetProperty("title").GetString().ShouldBe(headline);
    }

    [Fact]
    public async Task Render_NoEntries_IsAValidFeedWithNoItems()
    {
        var bytes = JsonFeedRenderer.Render(FeedTestEntries.Description, []);

        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        root.GetProperty("version").GetString().ShouldBe("https://jsonfeed.org/version/1.1");
        root.GetProperty("items").GetArrayLength().ShouldBe(0);
        root.GetProperty("authors")[0].GetProperty("name").GetString().ShouldBe("Desk & Co");
        root.TryGetProperty("language", out _).ShouldBeFalse();
        using var files = new RenderedFiles();
        var (exitCode, output) = await Validators.JsonFeedAsync(files.Write("empty.json", bytes));
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public void Render_PagedFeed_LinksItselfAndItsNextPage()
    {
        using var paged = Parse(JsonFeedRenderer.Render(s_paged, [FeedTestEntries.Hostile()]));
        using var single = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()]));

        paged.RootElement.GetProperty("feed_url").GetString().ShouldBe("http://127.0.0.1:8080/feeds/latest.json?page=2");
        paged.RootElement.GetProperty("next_url").GetString().ShouldBe("http://127.0.0.1:8080/feeds/latest.json?page=3");
        paged.RootElement.GetProperty("home_page_url").GetString().ShouldBe("http://127.0.0.1:8080/");
        single.RootElement.TryGetProperty("feed_url", out _).ShouldBeFalse();
        single.RootElement.TryGetProperty("next_url", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Render_FeedWithHub_NamesItsWebSubHubAndStillValidates()
    {
        var bytes = JsonFeedRenderer.Render(FeedTestEntries.WithHub, [FeedTestEntries.Described()]);
        using var document = Parse(bytes);
        using var single = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [FeedTestEntries.Hostile()]));

        var hub = document.RootElement.GetProperty("hubs").EnumerateArray().ShouldHaveSingleItem();
        (hub.GetProperty("type").GetString(), hub.GetProperty("url").GetString()).ShouldBe(("WebSub", "http://127.0.0.1:8080/websub"));
        document.RootElement.GetProperty("feed_url").GetString().ShouldBe("http://127.0.0.1:8080/partners/meo/feeds/all");
        single.RootElement.TryGetProperty("hubs", out _).ShouldBeFalse();
        using var files = new RenderedFiles();
        var (exitCode, output) = await Validators.JsonFeedAsync(files.Write("hub.json", bytes));
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public void Render_Item_CarriesIdLinkBodyDatesWritersTagsAndLanguage()
    {
        var story = FeedTestEntries.Hostile().Story with
        {
            Subjects = [new Subject("medtop:20000763", "war"), new Subject("subj:16009000", null), new Subject("medtop:1", "War")],
            Keywords = ["Syria", "war"],
            Language = "en",
        };
        var entry = FeedTestEntries.Hostile() with { Story = story, Updated = new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.FromHours(1)) };

        using var document = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description with { StoryBase = new Uri("https://partner.example/ninjs/") }, [entry]));

        var item = document.RootElement.GetProperty("items")[0];
        item.GetProperty("id").GetString().ShouldBe("urn:syndication:story:fedcba9876543210fedcba9876543210");
        item.GetProperty("url").GetString().ShouldBe("https://partner.example/ninjs/fedcba9876543210fedcba9876543210");
        item.GetProperty("title").GetString().ShouldBe("Markets & <script>alert(1)</script> \"rally\"");
        item.GetProperty("content_html").GetString().ShouldBe("<p>First &lt;p&gt;paragraph&lt;/p&gt; &amp; more.</p><p>Second ]]&gt; paragraph.</p>");
        item.GetProperty("summary").GetString().ShouldBe("First <p>paragraph</p> & more.");
        item.GetProperty("date_published").GetString().ShouldBe("2026-11-25T10:00:00+00:00");
        item.GetProperty("date_modified").GetString().ShouldBe("2026-11-25T12:30:00+01:00");
        item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldBe(["Ann <b>Writer</b>"], "editors are not authors");
        item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["war", "subj:16009000", "Syria"]);
        item.GetProperty("language").GetString().ShouldBe("en");
    }

    [Fact]
    public void Render_CorrectionWithRights_GoesInTheExtensionObject()
    {
        var story = FeedTestEntries.Hostile().Story with { IsCorrection = true, Rights = new StoryRights("Partner & Sons", "© 2026 Desk", "No archive") };
        var correction = FeedTestEntries.Hostile() with { Story = story };
        var plain = FeedTestEntries.Hostile() with { Story = story with { IsCorrection = false, Rights = StoryRights.None } };

        using var document = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [correction, plain]));

        var extension = document.RootElement.GetProperty("items")[0].GetProperty("_syndication");
        extension.GetProperty("correction").GetBoolean().ShouldBeTrue();
        var rights = extension.GetProperty("rights");
        rights.GetProperty("exclusive_to").GetString().ShouldBe("Partner & Sons");
        rights.GetProperty("copyright").GetString().ShouldBe("© 2026 Desk");
        rights.GetProperty("usage_terms").GetString().ShouldBe("No archive");
        document.RootElement.GetProperty("items")[1].TryGetProperty("_syndication", out _).ShouldBeFalse();
    }

    [Fact]
    public void Render_EntriesInOneLanguage_StateItForTheFeedOnly()
    {
        var english = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { Language = "en" } };
        var swedish = english with { Story = english.Story with { Language = "sv" } };

        using var one = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [english, english]));
        using var mixed = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [english, swedish]));
        using var unknown = Parse(JsonFeedRenderer.Render(FeedTestEntries.Description, [english, FeedTestEntries.Hostile()]));

        one.RootElement.GetProperty("language").GetString().ShouldBe("en");
        mixed.RootElement.TryGetProperty("language", out _).ShouldBeFalse();
        unknown.RootElement.TryGetProperty("language", out _).ShouldBeFalse();
    }

    [Fact]
    public void Render_Feed_IsUtf8WithoutByteOrderMarkAndKeepsTextUnescaped()
    {
        var entry = FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { Headline = "Militärövning i Ελλάδα و سوريا" } };

        var bytes = JsonFeedRenderer.Render(FeedTestEntries.Description, [entry]);

        bytes[0].ShouldBe((byte)'{');
        Encoding.UTF8.GetString(bytes).ShouldContain("\"title\":\"Militärövning i Ελλάδα و سوريا\"");
    }

    private static List<FeedEntry> RealEntries() =>
        [
            .. s_realStories.Select((path, i) =>
            {
                var story = StoryDecoder.Decode(SharedFiles.ReadBytes(path)).Stories[0];
                return new FeedEntry(ItemId.Of(story), story, s_published.AddHours(-i), s_published.AddHours(-i).AddMinutes(30));
            }),
            FeedTestEntries.Hostile(),
        ];

    private static JsonDocument Parse(byte[] bytes) => JsonDocument.Parse(bytes);
}
