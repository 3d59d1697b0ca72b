using System.Net;
using System.Text.RegularExpressions;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Status;

/// <summary>The status page as Debian's headless chromium renders it, of a worker with stories, a failing partner and dead letters.</summary>
[Collection(StatusWorkerCollection.Name)]
public sealed partial class StatusPageTests(StatusWorkerFixture fixture)
{
    /// <summary>Where the screenshot lands: in the test run's results (test.sh's TestResults/Syndication.Worker.Tests).</summary>
    internal static string ScreenshotFile => Path.Combine(RepositoryPaths.Root, "TestResults", "Syndication.Worker.Tests", "screenshots", "status-page.png");

    private Uri Page => new(fixture.Worker.BaseUri, "status");

    [Fact]
    public async Task Status_InChromium_ShowsHeadlineAsTextPartnerStatesReplayCommandsAndHealth()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotFile)!);
        await Chromium.ScreenshotAsync(Page, ScreenshotFile);
        new FileInfo(ScreenshotFile).Length.ShouldBeGreaterThan(10_000);
        TestContext.Current.AddAttachment("status-page.png", await File.ReadAllBytesAsync(ScreenshotFile, TestContext.Current.CancellationToken), "image/png");

        var dom = await Chromium.DumpDomAsync(Page);

        // The headline is text in the DOM: escaped when serialized, and no script element (nor a title it set).
        var headline = Regex.Match(dom, "<dd id=\"last-story\">(.*?) <span").Groups[1].Value;
        headline.ShouldStartWith("Markets rally &lt;script&gt;document.title=");
        headline.ShouldContain("&lt;/script&gt; &amp; ");
        dom.ShouldNotContain("<script", Case.Insensitive);
        dom.ShouldContain("<title>Syndication status</title>");
        LaneState(dom, "gone").ShouldBe("failing");
        LaneState(dom, "meo").ShouldBe("ok");
        dom.ShouldContain($"syndication dlq replay --all --bootstrap {fixture.BootstrapServers} --topic deliveries");
        dom.ShouldContain($"syndication dlq list --bootstrap {fixture.BootstrapServers} --topic stories");
        dom.ShouldContain("<span id=\"health\" class=\"badge degraded\">degraded</span>");
        dom.ShouldContain("<meta http-equiv=\"refresh\" content=\"10\">");
        DeadLetterRow(dom, KafkaTopics.DeliveryDeadLetters).ShouldBeGreaterThanOrEqualTo(1);
        DeadLetterRow(dom, KafkaTopics.DeadLetters).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Status_LoadsNothingAndRunsNothing()
    {
        using var response = await fixture.Worker.Http.GetAsync(new Uri("status", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ExternalReference().Matches(html).Select(match => match.Value).ShouldBeEmpty();
        html.ShouldNotContain("<script", Case.Insensitive);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }

    [Fact]
    public async Task Status_ShowsTheFiguresOfStatusJson()
    {
        var status = await fixture.Worker.StatusAsync();
        var dom = await Chromium.DumpDomAsync(Page);
        var stored = WorkerProcess.Stories(status, "stored");
        dom.ShouldContain($"<dt>Stored</dt><dd>{stored:N0}</dd>");
        status.GetProperty("health").GetString().ShouldBe("degraded");
        status.GetProperty("stories").GetProperty("lastStory").GetProperty("headline").GetString().ShouldNotBeNullOrEmpty();
        status.GetProperty("flow").EnumerateArray().Sum(minute => minute.GetProperty("stored").GetInt64()).ShouldBe(stored);
        StatusWorkerFixture.Lane(status, "meo").GetProperty("lastLatencySeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
    }

    private static string LaneState(string dom, string partner)
    {
        var match = Regex.Match(dom, $"<tr class=\"lane\" data-partner=\"{partner}\" data-transport=\"webhook\" data-state=\"([a-z-]+)\">");
        match.Success.ShouldBeTrue($"no webhook lane row for {partner}");
        return match.Groups[1].Value;
    }

    private static long DeadLetterRow(string dom, string topic)
    {
        var match = Regex.Match(dom, $"<tr data-topic=\"{Regex.Escape(topic)}\"><td>[^<]+</td><td class=\"n\">([0-9,]+)</td>");
        match.Success.ShouldBeTrue($"no row for {topic}");
        return long.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Anything that would make the browser fetch: src, href, url(), @import.</summary>
    [GeneratedRegex(@"\b(src|href)\s*=|url\(|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
