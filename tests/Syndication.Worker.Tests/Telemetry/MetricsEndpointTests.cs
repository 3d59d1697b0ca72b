using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Telemetry;

/// <summary><c>GET /metrics</c> of the real worker: what the pipeline and the feeds counted, in a scrape promtool accepts.</summary>
public sealed partial class MetricsEndpointTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_AfterAStoryItsDuplicateANearDuplicateAndAnUndecodable_CountEachAndPassPromtool()
    {
        var tag = "metrics-" + Guid.NewGuid().ToString("N")[..8];
        var story = TestStories.Plain(tag, 0);
        var nearDuplicate = Encoding.UTF8.GetBytes("Other Desk: a different headline over the same copy\n\n" + Encoding.UTF8.GetString(story).Split("\n\n", 2)[1]);
        var seed = await File.ReadAllBytesAsync(RepositoryPaths.Seed, Cancellation);
        byte[] undecodable = [0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x00, 0x00, 0x7f];
        byte[][] messages = [story, story, nearDuplicate, seed, undecodable];
        await RawTopic.ProduceAsync(fixture.BootstrapServers, messages);

        var scrape = await ScrapeUntilAsync(found => found.Sum("syndication_stories_consumed_total") >= messages.Length);

        scrape.Sum("syndication_stories_consumed_total").ShouldBe(messages.Length);
        scrape.Sum("syndication_stories_consumed_total", ("syndication_format", "plain")).ShouldBe(4);
        scrape.Sum("syndication_stories_consumed_total", ("syndication_format", "unknown")).ShouldBe(1);
        scrape.Sum("syndication_stories_stored_total", ("syndication_format", "plain")).ShouldBe(3, "the story, the seed and the near duplicate (stored linked)");
        scrape.Sum("syndication_stories_duplicates_total").ShouldBe(1);
        scrape.Sum("syndication_stories_near_duplicates_total").ShouldBe(1);
        scrape.Sum("syndication_stories_rejected_total").ShouldBe(1);
        scrape.Sum("syndication_stories_rejected_total", ("error_type", "binary")).ShouldBe(1, scrape.Text);
        scrape.Sum("syndication_dlq_messages_total", ("messaging_destination_name", KafkaTopics.DeadLetters)).ShouldBe(1);
        scrape.Sum("syndication_pipeline_duration_seconds_count", ("syndication_stage", "decode")).ShouldBeGreaterThan(0);
        scrape.Sum("syndication_pipeline_duration_seconds_count", ("syndication_stage", "commit")).ShouldBeGreaterThan(0);
        scrape.Named("syndication_consumer_lag").ShouldNotBeEmpty();
        scrape.Named("syndication_consumer_lag").ShouldAllBe(sample =>
            sample.Labels["messaging_destination_name"] == KafkaTopics.RawStories && int.Parse(sample.Labels["messaging_destination_partition_id"], System.Globalization.CultureInfo.InvariantCulture) >= 0);
        scrape.Named("process_cpu_time_seconds_total").ShouldNotBeEmpty("the process's own metrics");

        var promtool = await ExternalTool.RunAsync("promtool", ["check", "metrics"], scrape.Text);
        promtool.ExitCode.ShouldBe(0, promtool.Output);

        // No label carries a story id, an item id or a message key.
        var atom = await fixture.Worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), Cancellation);
        var itemIds = ItemIdInFeed().Matches(atom).Select(match => match.Groups[1].Value).ToList();
        itemIds.ShouldNotBeEmpty();
        var forbidden = itemIds.Concat(messages.Select(message => Encoding.UTF8.GetString(StoryMessageKey.For(message)))).Where(value => value.Length > 0).ToHashSet(StringComparer.Ordinal);
        var labelValues = scrape.Samples.SelectMany(sample => sample.Labels.Values).ToHashSet(StringComparer.Ordinal);
        labelValues.Intersect(forbidden).ShouldBeEmpty();
        labelValues.ShouldNotContain(value => ContentId().IsMatch(value), "a story's content id is a long hex hash");
    }

    [Fact]
    public async Task Metrics_PublicFeedFetchedThenRevalidated_CountsA200AndA304()
    {
        // The exporter serves a scrape again for 300 ms: a scrape of the test before this one (which fetched a feed after it) would do for "before".
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        var before = await ScrapeAsync();
        using var first = await fixture.Worker.Http.GetAsync(new Uri("feeds/latest.rss", UriKind.Relative), Cancellation);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("feeds/latest.rss", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()));
        using var second = await fixture.Worker.Http.SendAsync(again, Cancellation);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        using var notAFeed = await fixture.Worker.Http.GetAsync(new Uri("status.json", UriKind.Relative), Cancellation);

        // The exporter serves a scrape again for 300 ms rather than collect twice.
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        var after = await ScrapeAsync();

        Delta(before, after, ("syndication_feed_kind", "public"), ("http_response_status_code", "200")).ShouldBe(1);
        Delta(before, after, ("syndication_feed_kind", "public"), ("http_response_status_code", "304")).ShouldBe(1);
        Delta(before, after).ShouldBe(2, "only feed endpoints are counted");
    }

    private static double Delta(PrometheusScrape before, PrometheusScrape after, params (string, string)[] labels) =>
        after.Sum("syndication_feed_requests_total", labels) - before.Sum("syndication_feed_requests_total", labels);

    private async Task<PrometheusScrape> ScrapeAsync()
    {
        using var response = await fixture.Worker.Http.GetAsync(new Uri("metrics", UriKind.Relative), Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        return PrometheusScrape.Parse(await response.Content.ReadAsStringAsync(Cancellation));
    }

    private async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var scrape = await ScrapeAsync();
            if (done(scrape))
            {
                // The store's counters and the commit's are recorded after the consumed ones: one more scrape
                // once the batch is surely committed.
                await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
                return await ScrapeAsync();
            }

            if (clock.Elapsed > s_wait)
            {
                throw new TimeoutException($"Never counted what was sent:\n{scrape.Text}");
            }

            await Task.Delay(200, Cancellation);
        }
    }

    [GeneratedRegex("urn:syndication:story:([^<\"]+)")]
    private static partial Regex ItemIdInFeed();

    [GeneratedRegex("^[0-9a-f]{16,}$")]
    private static partial Regex ContentId();
}
