using System.Text;
using Confluent.Kafka;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Telemetry;

/// <summary>
/// One trace per story through the real worker: the <c>traceparent</c> a producer upstream sent reaches the
/// partner's webhook and its Kafka topic with the same trace id; a story sent without one gets a trace of
/// its own, carried the same way; a message dead-lettered keeps its trace.
/// </summary>
public sealed class TraceContextTests(DeliveryWorkerFixture fixture) : IClassFixture<DeliveryWorkerFixture>
{
    private const string UpstreamTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string UpstreamSpanId = "00f067aa0ba902b7";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Story_WithUpstreamTraceparent_ReachesWebhookAndPartnerTopicInTheSameTrace()
    {
        var tag = "traced-" + Guid.NewGuid().ToString("N")[..8];
        await ProduceAsync(TestStories.Plain(tag, 0), $"00-{UpstreamTraceId}-{UpstreamSpanId}-01");

        var push = await PushOfAsync(tag);
        var webhook = Parse(push.TraceParent);
        webhook.TraceId.ShouldBe(UpstreamTraceId);
        webhook.SpanId.ShouldNotBe(UpstreamSpanId, "the webhook request is a span of ours, a descendant of the producer's");
        webhook.Flags.ShouldBe("01");

        var onTopic = await PartnerTopic.ReadUntilAsync(fixture.BootstrapServers, "partner.meo.stories", messages => messages.Any(message => IsFor(message, push.ItemId)), s_wait);
        Parse(PartnerTopic.Header(onTopic.First(message => IsFor(message, push.ItemId)), "traceparent")).TraceId.ShouldBe(UpstreamTraceId);
    }

    [Fact]
    public async Task Story_WithoutTraceparent_GetsAFreshTraceCarriedToItsDeliveries()
    {
        var tag = "untraced-" + Guid.NewGuid().ToString("N")[..8];
        await ProduceAsync(TestStories.Plain(tag, 0), traceParent: null);

        var push = await PushOfAsync(tag);
        var webhook = Parse(push.TraceParent);
        webhook.TraceId.ShouldNotBe(new string('0', 32));
        webhook.TraceId.ShouldNotBe(UpstreamTraceId);

        var onTopic = await PartnerTopic.ReadUntilAsync(fixture.BootstrapServers, "partner.meo.stories", messages => messages.Any(message => IsFor(message, push.ItemId)), s_wait);
        Parse(PartnerTopic.Header(onTopic.First(message => IsFor(message, push.ItemId)), "traceparent")).TraceId.ShouldBe(webhook.TraceId, "both deliveries of the story are in its one trace");
    }

    [Fact]
    public async Task StoryPostedToIngest_WithTraceparent_ReachesTheWebhookInTheCallersTrace()
    {
        var tag = "posted-" + Guid.NewGuid().ToString("N")[..8];
        var traceId = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("ingest", UriKind.Relative)) { Content = new ByteArrayContent(TestStories.Plain(tag, 0)) };
        request.Headers.Add("traceparent", $"00-{traceId}-{UpstreamSpanId}-01");
        using var response = await fixture.Worker.Http.SendAsync(request, Cancellation);
        response.EnsureSuccessStatusCode();

        Parse((await PushOfAsync(tag)).TraceParent).TraceId.ShouldBe(traceId);
    }

    [Fact]
    public async Task Undecodable_WithUpstreamTraceparent_IsDeadLetteredInTheSameTrace()
    {
        var traceId = Guid.NewGuid().ToString("N");
        var marker = Guid.NewGuid().ToByteArray();
        var before = RawTopic.Count(fixture.BootstrapServers, KafkaTopics.DeadLetters);
        await ProduceAsync([0x00, 0x01, 0x00, .. marker], $"00-{traceId}-{UpstreamSpanId}-01");

        var dead = RawTopic.ReadAll(fixture.BootstrapServers, KafkaTopics.DeadLetters, (int)before + 1, TimeSpan.FromSeconds(60));
        var letter = dead.First(message => Carries(message, marker));
        letter.Message.Headers.Count(header => header.Key == "traceparent").ShouldBe(1, "the producer's header is replaced, not repeated");
        var trace = Parse(PartnerTopic.Header(letter, "traceparent"));
        trace.TraceId.ShouldBe(traceId);
        trace.SpanId.ShouldNotBe(UpstreamSpanId);
    }

    private static bool Carries(ConsumeResult<byte[]?, byte[]?> message, byte[] marker) =>
        message.Message.Value is { } value && value.AsSpan().IndexOf(marker) >= 0;

    private static bool IsFor(ConsumeResult<byte[]?, byte[]?> message, string itemId) =>
        message.Message.Key is { } key && Encoding.UTF8.GetString(key) == itemId;

    private static (string TraceId, string SpanId, string Flags) Parse(string? traceParent)
    {
        traceParent.ShouldNotBeNull("a traceparent was sent");
        var parts = traceParent.Split('-');
        parts.Length.ShouldBe(4, traceParent);
        parts[0].ShouldBe("00");
        parts[1].ShouldMatch("^[0-9a-f]{32}$");
        parts[2].ShouldMatch("^[0-9a-f]{16}$");
        return (parts[1], parts[2], parts[3]);
    }

    private async Task<ReceivedPush> PushOfAsync(string tag)
    {
        var headline = $"story {tag} number 0 ";
        var received = await fixture.Meo.WaitAsync(pushes => pushes.Any(push => push.Text.Contains(headline, StringComparison.Ordinal)), s_wait);
        return received.First(push => push.Text.Contains(headline, StringComparison.Ordinal));
    }

    private async Task ProduceAsync(byte[] value, string? traceParent)
    {
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(fixture.BootstrapServers)).Build();
        var headers = new Headers();
        if (traceParent is not null)
        {
            headers.Add("traceparent", Encoding.UTF8.GetBytes(traceParent));
        }

        await producer.ProduceAsync(KafkaTopics.RawStories, new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(value), Value = value, Headers = headers }, Cancellation);
    }
}
