using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Telemetry;

/// <summary>The delivery metrics of the real worker pushing to a healthy partner, one that never answers and one that answers 410.</summary>
public sealed class DeliveryMetricsTests(DeliveryWorkerFixture fixture) : IClassFixture<DeliveryWorkerFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_StoryPushedToHealthyStuckAndGonePartners_CountEachOutcomeByPartnerAndTransport()
    {
        var tag = "delivery-metrics-" + Guid.NewGuid().ToString("N")[..8];
        using (var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(TestStories.Plain(tag, 0)), Cancellation))
        {
            response.EnsureSuccessStatusCode();
        }

        var scrape = await ScrapeUntilAsync(found =>
            Deliveries(found, "meo", "webhook", "delivered") >= 1
            && Deliveries(found, "meo", "kafka", "delivered") >= 1
            && Deliveries(found, "gone", "webhook", "dead_lettered") >= 1
            && Deliveries(found, "stuck", "webhook", "dead_lettered") >= 1);

        Deliveries(scrape, "stuck", "webhook", "failed_attempt").ShouldBeGreaterThanOrEqualTo(3, "each of its three timed-out attempts");
        Deliveries(scrape, "stuck", "webhook", "delivered").ShouldBe(0);
        Deliveries(scrape, "gone", "webhook", "failed_attempt").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("syndication_delivery_duration_seconds_count", ("syndication_partner", "meo"), ("syndication_transport", "webhook")).ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("syndication_delivery_duration_seconds_count", ("syndication_partner", "stuck")).ShouldBe(0, "only an acknowledged delivery has a store-to-ack time");
        scrape.Sum("syndication_dlq_messages_total", ("messaging_destination_name", KafkaTopics.DeliveryDeadLetters)).ShouldBeGreaterThanOrEqualTo(2);
        foreach (var (partner, transport) in new[] { ("meo", "webhook"), ("meo", "kafka"), ("stuck", "webhook"), ("gone", "webhook") })
        {
            var circuit = scrape.Named("syndication_circuit_state").Where(sample => sample.Labels["syndication_partner"] == partner && sample.Labels["syndication_transport"] == transport).ShouldHaveSingleItem();
            circuit.Value.ShouldBeOneOf(0, 1, 2);
            scrape.Named("syndication_outbox_depth").Count(sample => sample.Labels["syndication_partner"] == partner && sample.Labels["syndication_transport"] == transport).ShouldBe(1);
            scrape.Named("syndication_outbox_oldest_age_seconds").Single(sample => sample.Labels["syndication_partner"] == partner && sample.Labels["syndication_transport"] == transport)
                .Value.ShouldBeGreaterThanOrEqualTo(0);
        }

        scrape.Named("syndication_outbox_depth").Single(sample => sample.Labels["syndication_partner"] == "meo" && sample.Labels["syndication_transport"] == "webhook")
            .Value.ShouldBe(0, "the healthy lane has handled every entry");
        var promtool = await ExternalTool.RunAsync("promtool", ["check", "metrics"], scrape.Text);
        promtool.ExitCode.ShouldBe(0, promtool.Output);
    }

    private static double Deliveries(PrometheusScrape scrape, string partner, string transport, string outcome) =>
        scrape.Sum("syndication_deliveries_total", ("syndication_partner", partner), ("syndication_transport", transport), ("syndication_outcome", outcome));

    private async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var scrape = PrometheusScrape.Parse(await fixture.Worker.Http.GetStringAsync(new Uri("metrics", UriKind.Relative), Cancellation));
            if (done(scrape))
            {
                return scrape;
            }

            if (clock.Elapsed > s_wait)
            {
                throw new TimeoutException($"The deliveries were never counted:\n{scrape.Text}");
            }

            await Task.Delay(500, Cancellation);
        }
    }
}
