using System.Net;
using System.Text.Json;
using Syndication.Core.Decoding;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Http;

public sealed class IngestEndpointTests(EmbeddedWorkerFixture fixture) : IClassFixture<EmbeddedWorkerFixture>
{
    [Fact]
    public async Task Ingest_Story_Answers202WithWhereItLanded()
    {
        using var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(TestStories.Plain("ingest", 1)), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        receipt.RootElement.GetProperty("topic").GetString().ShouldBe(KafkaTopics.RawStories);
        receipt.RootElement.GetProperty("partition").GetInt32().ShouldBeInRange(0, KafkaTopics.EmbeddedPartitions - 1);
        receipt.RootElement.GetProperty("offset").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Ingest_EmptyBody_Answers400AndProducesNothing()
    {
        var before = RawTopic.Count(fixture.BootstrapServers, KafkaTopics.RawStories);
        using var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent([]), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("empty");
        RawTopic.Count(fixture.BootstrapServers, KafkaTopics.RawStories).ShouldBe(before);
    }

    [Fact]
    public async Task Ingest_Over5MB_Answers413AndProducesNothing()
    {
        var before = RawTopic.Count(fixture.BootstrapServers, KafkaTopics.RawStories);
        var tooLarge = new byte[(5 * 1024 * 1024) + 1];
        Array.Fill(tooLarge, (byte)'a');
        using var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(tooLarge), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("at most");
        RawTopic.Count(fixture.BootstrapServers, KafkaTopics.RawStories).ShouldBe(before);
    }

    [Fact]
    public async Task Ingest_ChunkedOver5MB_Answers413()
    {
        var tooLarge = new byte[(5 * 1024 * 1024) + 10];
        Array.Fill(tooLarge, (byte)'a');
        using var content = new StreamContent(new MemoryStream(tooLarge));
        using var request = new HttpRequestMessage(HttpMethod.Post, "ingest") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await fixture.Worker.Http.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Ingest_SameStoryThreeWays_StoredOnceCountedAsDuplicates()
    {
        var worker = fixture.Worker;
        var story = TestStories.Plain("dup", 7);
        var id = StoryDecoder.Decode(story).Story!.Id;
        var crlf = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(story).Replace("\n", "\r\n", StringComparison.Ordinal));
        byte[] bom = [0xEF, 0xBB, 0xBF, .. story];
        var before = await worker.StatusAsync();
        foreach (var copy in new[] { story, crlf, bom })
        {
            await FeedEndpointsTests.Ingest(worker, copy);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timesSeen = 0;
        while (timesSeen < 3 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var response = await worker.Http.GetAsync(new Uri($"stories/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                timesSeen = document.RootElement.GetProperty("timesSeen").GetInt32();
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        timesSeen.ShouldBe(3, "one story, seen three times");
        var after = await worker.StatusAsync();
        (WorkerProcess.Stories(after, "duplicates") - WorkerProcess.Stories(before, "duplicates")).ShouldBe(2);
    }
}
