using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Deploy;

/// <summary>
/// The alert rules and the dashboard name metrics the worker really exports: two real workers (one
/// ingesting a story, its duplicate, a near duplicate and an undecodable message; one pushing to partners)
/// are scraped, and every <c>syndication_*</c> name in <c>deploy/</c> must be among what they answered.
/// </summary>
public sealed partial class MonitoringNamesTests(EmbeddedWorkerFixture ingesting, DeliveryWorkerFixture pushing)
    : IClassFixture<EmbeddedWorkerFixture>, IClassFixture<DeliveryWorkerFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AlertsAndDashboard_EveryMetricTheyNameIsOneTheWorkersExport()
    {
        var tag = "monitoring-" + Guid.NewGuid().ToString("N")[..8];
        var story = TestStories.Plain(tag, 0);
        var nearDuplicate = Encoding.UTF8.GetBytes("Other Desk: a different headline over the same copy\n\n" + Encoding.UTF8.GetString(story).Split("\n\n", 2)[1]);
        await RawTopic.ProduceAsync(ingesting.BootstrapServers, [story, story, nearDuplicate, [0x00, 0x01, 0xff, 0xfe, 0x00, 0x00]]);
        using (var response = await pushing.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(TestStories.Plain(tag, 1)), Cancellation))
        {
            response.EnsureSuccessStatusCode();
        }

        var ingested = await ScrapeUntilAsync(ingesting.Worker, scrape =>
            scrape.Sum("syndication_stories_near_duplicates_total") >= 1 && scrape.Sum("syndication_stories_rejected_total") >= 1 && scrape.Sum("syndication_stories_duplicates_total") >= 1);
        (await ingesting.Worker.Http.GetAsync(new Uri("feeds/latest.rss", UriKind.Relative), Cancellation)).Dispose();
        var pushed = await ScrapeUntilAsync(pushing.Worker, scrape => scrape.Sum("syndication_deliveries_total", ("syndication_outcome", "delivered")) >= 1);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        ingested = await ScrapeUntilAsync(ingesting.Worker, scrape => scrape.Sum("syndication_feed_requests_total") >= 1);

        var exported = ingested.Samples.Concat(pushed.Samples).Select(sample => sample.Name).ToHashSet(StringComparer.Ordinal);
        var named = Named().ToList();

        named.Count.ShouldBeGreaterThan(10);
        named.Where(name => !exported.Contains(name)).ShouldBeEmpty("named in deploy/ but exported by neither worker");
    }

    /// <summary>Every <c>syndication_*</c> metric the alert rules and the dashboard's queries name.</summary>
    private static IEnumerable<string> Named()
    {
        var rules = DeployFiles.YamlFile("prometheus/rules.yml")["groups"]!.AsArray()
            .SelectMany(group => group!["rules"]!.AsArray())
            .Select(rule => (string)rule!["expr"]!);
        var dashboard = JsonNode.Parse(File.ReadAllText(DeployFiles.File("grafana/dashboards/syndication.json")))!["panels"]!.AsArray()
            .SelectMany(panel => panel!["targets"]!.AsArray())
            .Select(target => (string)target!["expr"]!);
        return rules.Concat(dashboard)
            .Select(expression => LabelLists().Replace(expression, " "))
            .SelectMany(expression => MetricName().Matches(expression).Select(match => match.Value))
            .Distinct(StringComparer.Ordinal);
    }

    private static async Task<PrometheusScrape> ScrapeUntilAsync(WorkerProcess worker, Func<PrometheusScrape, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var scrape = PrometheusScrape.Parse(await worker.Http.GetStringAsync(new Uri("metrics", UriKind.Relative), Cancellation));
            if (done(scrape))
            {
                return scrape;
            }

            if (clock.Elapsed > s_wait)
            {
                throw new TimeoutException("The worker's metrics never showed what the test waits for:\n" + scrape.Text);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(400), Cancellation);
        }
    }

    [GeneratedRegex(@"\bsyndication_[a-z_]+\b")]
    private static partial Regex MetricName();

    /// <summary>Where label names (syndication_partner, ...) stand: matchers in braces, by and without lists.</summary>
    [GeneratedRegex(@"\{[^}]*\}|\b(?:by|without)\s*\([^)]*\)")]
    private static partial Regex LabelLists();
}
