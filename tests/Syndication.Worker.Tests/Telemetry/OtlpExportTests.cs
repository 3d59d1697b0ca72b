using System.Text;
using Confluent.Kafka;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Telemetry;

/// <summary>OTLP export of the real worker, configured by OpenTelemetry's standard environment variables, to a collector on loopback.</summary>
public sealed class OtlpExportTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_WithOtlpEndpoint_ExportsTheStorysSpansInItsTraceAndOurMetrics()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var directory = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartWithEnvironmentAsync(directory.File("syndication.db"), new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });
        var bootstrap = (await worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;
        var traceId = Guid.NewGuid().ToString("N");
        var story = TestStories.Plain("otlp-" + Guid.NewGuid().ToString("N")[..8], 0);
        using (var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrap)).Build())
        {
            await producer.ProduceAsync(KafkaTopics.RawStories, new Message<byte[]?, byte[]?>
            {
                Key = StoryMessageKey.For(story),
                Value = story,
                Headers = new Headers { { "traceparent", Encoding.UTF8.GetBytes($"00-{traceId}-00f067aa0ba902b7-01") } },
            }, Cancellation);
        }

        await collector.WaitForAsync("traces", Convert.FromHexString(traceId), s_wait);
        await collector.WaitForAsync("metrics", "syndication.stories.stored"u8.ToArray(), s_wait);
    }
}
