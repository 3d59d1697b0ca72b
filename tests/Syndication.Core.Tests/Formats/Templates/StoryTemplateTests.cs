using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Stories;
using Syndication.Core.Tests.Feeds;

namespace Syndication.Core.Tests.Formats.Templates;

public sealed class StoryTemplateTests
{
    private const string Publisher = "Desk & Co";

    private const string HtmlPage = """
        <!DOCTYPE html>
        <html lang="{{ story.language | default: 'en' }}">
        <head><meta charset="utf-8"><title>{{ story.headline }}</title></head>
        <body>
        <article data-item="{{ item.id }}">
        {% if story.kicker %}<p class="kicker">{{ story.kicker }}</p>{% endif %}
        <h1>{{ story.headline }}</h1>
        {% if story.byline %}<p class="byline">By {{ story.byline }}</p>{% endif %}
        {% for editor in story.editors %}<p class="editor">{{ editor }}</p>{% endfor %}
        <div class="body">{{ story.body_html }}</div>
        {% if story.exclusive_to %}<p class="exclusive">Exclusive to {{ story.exclusive_to }}</p>{% endif %}
        <footer>{{ publisher }}</footer>
        </article>
        </body>
        </html>
        """;

    private static readonly HtmlParser s_strictHtml = new(new HtmlParserOptions { IsStrictMode = true });

    [Fact]
    public void Render_Seed_WritesTheStoryThroughThePartnersTemplate()
    {
        var html = RenderHtml(HtmlPage, SeedEntry());

        // AngleSharp in strict mode throws on any HTML parse error.
        using var page = s_strictHtml.ParseDocument(html);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Syrian Conflict: Twin assaults against the Islamic State (IS)");
        page.QuerySelector(".kicker")!.TextContent.ShouldBe("Syrian Conflict");
        page.QuerySelectorAll(".body p").Length.ShouldBe(13);
        page.QuerySelector(".body p")!.TextContent.ShouldStartWith("US-backed Syrian fighters");
        page.QuerySelector(".editor")!.TextContent.ShouldBe("Nelly Tawil");
        page.QuerySelector(".exclusive")!.TextContent.ShouldBe("Exclusive to The Middle East Online");
        page.QuerySelector("footer")!.TextContent.ShouldBe(Publisher);
        page.QuerySelector("article")!.GetAttribute("data-item").ShouldBe("9aadec0767a7df4a");
        page.QuerySelector(".byline").ShouldBeNull("the seed names an editor and no writer");
    }

    [Fact]
    public void Render_ScriptInHeadline_IsEscapedByDefault()
    {
        var html = RenderHtml(HtmlPage, FeedTestEntries.Hostile());

        html.ShouldContain("<h1>Markets &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;rally&quot;</h1>");
        using var page = s_strictHtml.ParseDocument(html);
        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.QuerySelector("h1")!.TextContent.ShouldBe(FeedTestEntries.Hostile().Story.Headline);
        page.QuerySelector(".byline")!.TextContent.ShouldBe("By Ann <b>Writer</b>");
        page.QuerySelector(".byline b").ShouldBeNull();
    }

    [Fact]
    public void Render_BodyHtmlInHtml_IsWrittenAsItIsNotEscapedAgain()
    {
        var entry = WithBodyHtml("<p>Prices &amp; <em>rates</em> &lt;rose&gt;</p>");

        Render("{{ story.body_html }}", "text/html", entry).ShouldBe("<p>Prices &amp; <em>rates</em> &lt;rose&gt;</p>");
    }

    [Fact]
    public void Render_BodyHtmlInXml_IsEscapedOnceAsText()
    {
        var entry = WithBodyHtml("<p>Prices &amp; <em>rates</em></p>");

        var xml = Render("<content type=\"html\">{{ story.body_html }}</content>", "application/atom+xml", entry);

        XElement.Parse(xml).Value.ShouldBe("<p>Prices &amp; <em>rates</em></p>");
    }

    [Fact]
    public void Render_RawFilter_IsTheTemplatesOwnWayOutOfEscaping()
    {
        Render("{{ story.headline | raw }}", "text/html", FeedTestEntries.Hostile()).ShouldBe(FeedTestEntries.Hostile().Story.Headline);
    }

    [Fact]
    public void Render_PlainText_IsNotEscaped()
    {
        Render("{{ story.headline }}\n{{ story.paragraphs | join: '\n' }}", "text/plain; charset=utf-8", FeedTestEntries.Hostile())
            .ShouldBe("Markets & <script>alert(1)</script> \"rally\"\nFirst <p>paragraph</p> & more.\nSecond ]]> paragraph.");
    }

    [Fact]
    public async Task Render_JsonTemplate_WritesNinjsThatIptcsSchemaAccepts()
    {
        const string ninjs = """
            {
              "uri": "{{ item.urn }}",
              "type": "text",
              "versionCreated": "{{ item.updated }}",
              "firstCreated": "{{ item.published }}",
              "headlines": [{ "role": "main", "value": "{{ story.headline }}" }],
              "bodies": [{ "role": "main", "contentType": "text/html", "value": "{{ story.body_html }}" }],
              {% if story.byline %}"by": "{{ story.byline }}",{% endif %}
              "copyrightNotice": "{{ story.rights }}",
              "subjects": [{% for subject in story.subjects %}{ "name": "{{ subject.name }}", "literal": "{{ subject.code }}" }{% unless forloop.last %}, {% endunless %}{% endfor %}]
            }
            """;
        var entry = FeedTestEntries.Hostile() with
        {
            Story = FeedTestEntries.Hostile().Story with { Subjects = [new Subject("medtop:04000000", "economy, \"business\" \\ finance")] },
        };

        var bytes = Template(ninjs, "application/json").Render(entry, Publisher);

        using (var file = RenderedFile.Write(bytes, ".json"))
        {
            var (exitCode, output) = await Validators.NinjsAsync(file.Path);
            exitCode.ShouldBe(0, output);
        }

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        root.GetProperty("headlines")[0].GetProperty("value").GetString().ShouldBe(entry.Story.Headline);
        root.GetProperty("bodies")[0].GetProperty("value").GetString().ShouldBe(StoryHtml.Body(entry.Story));
        root.GetProperty("subjects")[0].GetProperty("name").GetString().ShouldBe("economy, \"business\" \\ finance");
        root.GetProperty("by").GetString().ShouldBe("Ann <b>Writer</b>");
        root.GetProperty("versionCreated").GetString().ShouldBe("2026-11-25T11:00:00Z");
    }

    [Fact]
    public void Render_JsonFilterInJson_IsWrittenAsJsonWhenMarkedRaw()
    {
        var bytes = Template("{ \"headline\": {{ story.headline | json | raw }}, \"keywords\": {{ story.keywords | json | raw }} }", "application/json")
            .Render(FeedTestEntries.Described(), Publisher);

        using var json = JsonDocument.Parse(bytes);
        json.RootElement.GetProperty("headline").GetString().ShouldBe(FeedTestEntries.Hostile().Story.Headline);
        json.RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ShouldBe(["oil", "opec, vienna", "oil"]);
    }

    [Fact]
    public async Task Render_XmlTemplate_WritesNitfThatItsSchemaAccepts()
    {
        const string nitf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
            <head><title>{{ story.headline }}</title><docdata><doc-id id-string="{{ item.urn }}"/></docdata></head>
            <body>
            <body.head><hedline><hl1>{{ story.headline }}</hl1></hedline>{% if story.rights %}<rights>{{ story.rights }}</rights>{% endif %}{% if story.byline %}<byline>{{ story.byline }}</byline>{% endif %}</body.head>
            <body.content>{% for paragraph in story.paragraphs %}<p>{{ paragraph }}</p>{% endfor %}</body.content>
            </body>
            </nitf>
            """;
        var entry = FeedTestEntries.Hostile();

        var bytes = Template(nitf, "application/nitf+xml").Render(entry, Publisher);

        using (var file = RenderedFile.Write(bytes, ".xml"))
        {
            var (exitCode, output) = await Validators.NitfAsync(file.Path);
            exitCode.ShouldBe(0, output);
        }

        XNamespace ns = "http://iptc.org/std/NITF/2006-10-18/";
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        document.Descendants(ns + "hl1").Single().Value.ShouldBe(entry.Story.Headline);
        document.Descendants(ns + "p").Select(p => p.Value).ShouldBe(entry.Story.Paragraphs);
    }

    [Fact]
    public void Compile_UnclosedBlock_GivesLineColumnAndFluidsReason()
    {
        var compilation = StoryTemplate.Compile("partner.liquid", "<h1>{{ story.headline }}</h1>\n{% if story.kicker %}\n<p>{{ story.kicker }}</p>", "text/html");

        compilation.Succeeded.ShouldBeFalse();
        compilation.Template.ShouldBeNull();
        compilation.Error.Reason.ShouldBe("'{% endif %}' was expected");
        compilation.Error.Line.ShouldBe(3);
        compilation.Error.Column.ShouldBe(26);
        compilation.Error.ToString().ShouldBe("line 3, column 26: '{% endif %}' was expected");
    }

    [Fact]
    public void Compile_BrokenOutputTag_GivesItsPosition()
    {
        var error = StoryTemplate.Compile("partner.liquid", "<p>\n  {{ story.headline | }}</p>", "text/html").Error.ShouldNotBeNull();

        error.Reason.ShouldBe("An identifier was expected after the '|' sign");
        (error.Line, error.Column).ShouldBe((2, 22));
    }

    [Theory]
    [InlineData("{% include 'header' %}", "include")]
    [InlineData("<p>\n{% render '/etc/passwd' %}</p>", "render")]
    [InlineData("{% liquid\n  include '../../secrets.liquid' %}", "include")]
    [InlineData("{%- render 'x' with story -%}", "render")]
    public void Compile_IncludeOrRenderOfAFile_IsRefused(string source, string tag)
    {
        var compilation = StoryTemplate.Compile("partner.liquid", source, "text/html");

        compilation.Succeeded.ShouldBeFalse();
        compilation.Error.Reason.ShouldBe($"Unknown tag '{tag}': a partner template is one file and reads no other");
        compilation.Error.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Compile_UnknownMediaType_IsRefusedWithTheReason()
    {
        var compilation = StoryTemplate.Compile("partner.liquid", "{{ story.headline }}", "application/pdf");

        compilation.Succeeded.ShouldBeFalse();
        compilation.Error.Reason.ShouldContain("application/pdf");
        compilation.Error.Line.ShouldBeNull();
    }

    [Fact]
    public void Render_RunawayLoop_IsStoppedWithAClearReason()
    {
        var template = Template("{% for i in (1..90000) %}{% for j in (1..90000) %}{{ j }}{% endfor %}{% endfor %}", "text/plain");
        var clock = Stopwatch.StartNew();

        var failure = Should.Throw<TemplateRenderException>(() => template.Render(FeedTestEntries.Hostile(), Publisher));

        failure.TemplateName.ShouldBe("partner.liquid");
        failure.Reason.ShouldBe("it ran more than 100,000 steps or nested blocks deeper than 32 (a loop that does not end?).");
        failure.Message.ShouldStartWith("Template \"partner.liquid\" stopped: ");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("{% for i in (1..1000000000) %}x{% endfor %}", "The range (1..1000000000) would be larger")]
    [InlineData("{% assign huge = (0..5000000) %}{{ huge.size }}", "The range (0..5000000) would be larger")]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}", "The result of \"append\" would be larger")]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}", "The capture of \"s\" grew past")]
    [InlineData("{% assign s = story.body_html %}{% for i in (1..5) %}{% assign s = s | append: s %}{% endfor %}{{ s | replace: 'p', s }}", "The result of \"replace\" would be larger")]
    [InlineData("{% assign a = story.paragraphs %}{% for i in (1..20) %}{% assign a = a | concat: a %}{% endfor %}", "The result of \"concat\" would be larger")]
    [InlineData("{% assign glue = story.body_html %}{% for i in (1..12) %}{% assign glue = glue | append: glue %}{% endfor %}{{ (1..1000) | join: glue }}", "The result of \"join\" would be larger")]
    [InlineData("{{ 'now' | date: '%999999999d' }}", "a date field wider than 999 characters")]
    [InlineData("{% for i in (1..90000) %}{{ story.body_html }}{% endfor %}", "the output grew past 2,000,000 characters")]
    public void Render_TemplateThatWouldEatMemory_IsStopped(string source, string reason)
    {
        var template = Template(source, "text/html");

        var failure = Should.Throw<TemplateRenderException>(() => template.Render(FeedTestEntries.Hostile(), Publisher));

        failure.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Render_NetFormatFilters_AreNotAvailable()
    {
        // Unknown filters leave the value as it is (Liquid's rule), so the width never applies.
        Render("[{{ '{0,99999}' | format_string: 1 }}][{{ 5 | format_number: 'N99999' }}]", "text/plain", FeedTestEntries.Hostile())
            .ShouldBe("[{0,99999}][5]");
    }

    [Theory]
    [InlineData("{{ story.GetType }}")]
    [InlineData("{{ story.GetType.Assembly.Location }}")]
    [InlineData("{{ story.headline.GetType }}")]
    [InlineData("{{ story.headline.Length }}")]
    [InlineData("{{ story.paragraphs.Capacity }}")]
    [InlineData("{{ story.Headline }}")]
    [InlineData("{{ story.Rights.Copyright }}")]
    [InlineData("{{ item.published.Year }}")]
    [InlineData("{{ story.contributors[0].GetHashCode }}")]
    [InlineData("{{ entry.Story.Headline }}")]
    public void Render_DotNetMembersOutsideTheModel_RenderNothing(string expression)
    {
        Render($"[{expression}]", "text/html", FeedTestEntries.Hostile()).ShouldBe("[]");
    }

    [Fact]
    public void Render_Model_CarriesTheStoryItemAndPublisher()
    {
        var story = FeedTestEntries.Hostile().Story with
        {
            Urgency = 2,
            Version = 3,
            Language = "en",
            IsCorrection = true,
            Keywords = ["oil", "opec"],
            Subjects = [new Subject("medtop:04000000", "economy")],
            Places = [new Place("Vienna", "iso3166-1a2:AT")],
            Published = StoryTime.From(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(2))),
        };
        const string source = "{{ story.urgency }}|{{ story.version }}|{{ item.version }}|{{ story.language }}|{{ story.correction }}|"
            + "{{ story.keywords | join: ',' }}|{{ story.subjects[0].code }}={{ story.subjects[0].name }}|{{ story.places[0].name }}|"
            + "{{ story.contributors[1].role }}|{{ story.copyright }}|{{ story.pub_status }}|{{ story.published }}|{{ item.urn }}|{{ publisher }}";

        Render(source, "text/plain", FeedTestEntries.Hostile() with { Story = story }).ShouldBe(
            "2|3|3|en|true|oil,opec|medtop:04000000=economy|Vienna|editor|© 2026 Desk|usable|2026-11-25T07:30:00Z|"
            + "urn:syndication:story:fedcba9876543210fedcba9876543210|Desk & Co");
    }

    [Fact]
    public void Render_TimesAndNumbers_AreUtcAndInvariantWhateverTheCultureAndClock()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Render("{{ item.updated | date: '%d %b %Y %H:%M %z' }}|{{ 'now' | date: '%Y-%m-%dT%H:%M' }}|{{ 2.5 | times: 3 }}", "text/plain", FeedTestEntries.Hostile())
                .ShouldBe("25 Nov 2026 11:00 +0000|2026-11-25T11:00|7.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Render_ManyThreadsAtOnce_EachGetsItsOwnEntry()
    {
        var template = Template("{{ item.id }}:{% for p in story.paragraphs %}{{ p | size }},{% endfor %}", "text/plain");
        var entries = Enumerable.Range(0, 200)
            .Select(i => FeedTestEntries.Hostile() with
            {
                ItemId = $"item{i}",
                Story = FeedTestEntries.Hostile().Story with { Paragraphs = [.. Enumerable.Repeat("x", i % 7 + 1)] },
            })
            .ToList();

        var rendered = new string[entries.Count];
        Parallel.For(0, entries.Count, i => rendered[i] = Encoding.UTF8.GetString(template.Render(entries[i], Publisher)));

        for (var i = 0; i < entries.Count; i++)
        {
            rendered[i].ShouldBe($"item{i}:" + string.Concat(Enumerable.Repeat("1,", i % 7 + 1)));
        }
    }

    [Fact]
    public void Render_DivisionByZero_IsTheTemplatesFailure()
    {
        var failure = Should.Throw<TemplateRenderException>(() => Render("{{ story.word_count | divided_by: 0 }}", "text/plain", FeedTestEntries.Hostile()));

        failure.Reason.ShouldBe("Attempted to divide by zero.");
    }

    private static StoryTemplate Template(string source, string mediaType)
    {
        var compilation = StoryTemplate.Compile("partner.liquid", source, mediaType);
        compilation.Error.ShouldBeNull();
        return compilation.Template.ShouldNotBeNull();
    }

    private static string Render(string source, string mediaType, FeedEntry entry) =>
        Encoding.UTF8.GetString(Template(source, mediaType).Render(entry, Publisher));

    private static string RenderHtml(string source, FeedEntry entry)
    {
        var bytes = Template(source, "text/html; charset=utf-8").Render(entry, Publisher);
        bytes[..3].ShouldNotBe(Encoding.UTF8.Preamble.ToArray(), "no byte order mark");
        return Encoding.UTF8.GetString(bytes);
    }

    private static FeedEntry SeedEntry()
    {
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story.ShouldNotBeNull();
        return new FeedEntry("9aadec0767a7df4a", story, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    }

    private static FeedEntry WithBodyHtml(string bodyHtml) =>
        FeedTestEntries.Hostile() with { Story = FeedTestEntries.Hostile().Story with { BodyHtml = bodyHtml } };
}
