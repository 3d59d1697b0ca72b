using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>Push delivery through the real worker process: stories ingested over HTTP, pushed to partners on loopback.</summary>
public sealed class DeliveryEndToEndTests(DeliveryWorkerFixture fixture) : IClassFixture<DeliveryWorkerFixture>
{
    private const string SeedHeadline = "Syrian Conflict: Twin assaults against the Islamic State (IS)";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_ReachesItsPartnersWebhookAsValidNitfWithAValidSignatureAndItsTopic()
    {
        var before = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        await IngestAsync(await File.ReadAllBytesAsync(RepositoryPaths.Seed, Cancellation));

        var received = await fixture.Meo.WaitAsync(pushes => pushes.Any(push => push.Text.Contains("Twin assaults", StringComparison.Ordinal)), s_wait);
        var seed = received.Single(push => push.Text.Contains("Twin assaults", StringComparison.Ordinal));
        seed.SignatureValid.ShouldBeTrue();
        seed.ContentType.ShouldStartWith("application/nitf+xml");
        seed.Kind.ShouldBe("new");
        seed.IdempotencyKey.ShouldMatch("^[0-9a-f]{16,}:[0-9]+$");
        long.Parse(seed.Timestamp, CultureInfo.InvariantCulture).ShouldBeInRange(before - 1, before + 60);
        using (var file = RenderedFile.Write(seed.Body, ".nitf.xml"))
        {
            var validation = await Validators.NitfAsync(file.Path);
            validation.ExitCode.ShouldBe(0, validation.Output);
        }

        var onTopic = await PartnerTopic.ReadUntilAsync(
            fixture.BootstrapServers, "partner.meo.stories", messages => messages.Any(message => IsFor(message, seed.ItemId)), s_wait);
        var message = onTopic.First(message => IsFor(message, seed.ItemId));
        message.Message.Value.ShouldBe(seed.Body, "the topic carries the same rendering");
        PartnerTopic.Header(message, "syndication-format").ShouldBe("nitf");
        PartnerTopic.Header(message, "syndication-version").ShouldBe(seed.Version.ToString(CultureInfo.InvariantCulture));
        PartnerTopic.Header(message, "idempotency-key").ShouldBe(seed.IdempotencyKey);

        // The seed is exclusive to The Middle East Online: nobody else is sent it.
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        fixture.Gone.Received.ShouldNotContain(push => push.ItemId == seed.ItemId);
        fixture.Stuck.Received.ShouldNotContain(push => push.ItemId == seed.ItemId);
    }

    [Fact]
    public async Task FailingPartner_DoesNotDelayTheHealthyOne()
    {
        const int Count = 12;
        var tag = "steady-" + Guid.NewGuid().ToString("N")[..8];
        var sentAt = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < Count; i++)
        {
            sentAt[$"story {tag} number {i} "] = TimeProvider.System.GetUtcNow();
            await IngestAsync(TestStories.Plain(tag, i));
            await Task.Delay(150, Cancellation);
        }

        IReadOnlyList<ReceivedPush> received;
        try
        {
            received = await fixture.Meo.WaitAsync(pushes => sentAt.Keys.All(headline => pushes.Any(push => push.Text.Contains(headline, StringComparison.Ordinal))), s_wait);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(exception.Message + "\n" + (await fixture.Worker.StatusAsync()) + "\n" + fixture.Worker.Output, exception);
        }

        var pushes = sentAt.Keys.Select(headline => received.Single(push => push.Text.Contains(headline, StringComparison.Ordinal))).ToList();
        // Stored in the order the consumer read them (the raw topic's partitions may reorder them a little),
        // and pushed in the order they were stored.
        pushes.OrderBy(push => push.Index).Select(push => push.Version).ShouldBeInOrder(SortDirection.Ascending, "the healthy partner receives the stories in the order they were stored");
        pushes.ShouldAllBe(push => push.SignatureValid);
        var latencies = sentAt.Select(pair => received.First(push => push.Text.Contains(pair.Key, StringComparison.Ordinal)).ArrivedAt - pair.Value).ToList();
        latencies.Max().ShouldBeLessThan(TimeSpan.FromSeconds(3), $"latencies: {string.Join(", ", latencies.Select(latency => latency.TotalMilliseconds))} ms");

        fixture.Stuck.Received.Count(push => push.Text.Contains(tag, StringComparison.Ordinal)).ShouldBeLessThan(Count, "the stuck partner is still on its first stories");
        var status = await fixture.Worker.StatusAsync();
        var stuck = status.GetProperty("deliveries").GetProperty("stuck").GetProperty("webhook");
        stuck.GetProperty("lag").GetInt64().ShouldBeGreaterThan(0);
        stuck.GetProperty("lastError").GetString().ShouldBe("no answer in time");
        stuck.GetProperty("circuit").GetString().ShouldBe("closed");
    }

    [Fact]
    public async Task RejectedDelivery_IsDeadLetteredWithItsAttemptsAtOnce()
    {
        var tag = "gone-" + Guid.NewGuid().ToString("N")[..8];
        await IngestAsync(TestStories.Plain(tag, 1));
        var refused = (await fixture.Gone.WaitAsync(pushes => pushes.Any(push => push.Text.Contains(tag, StringComparison.Ordinal)), s_wait))
            .Single(push => push.Text.Contains(tag, StringComparison.Ordinal));

        var letters = await PartnerTopic.ReadUntilAsync(
            fixture.BootstrapServers, KafkaTopics.DeliveryDeadLetters, messages => messages.Any(message => IsFor(message, refused.ItemId, "gone")), s_wait);
        var letter = letters.Single(message => IsFor(message, refused.ItemId, "gone"));
        PartnerTopic.Header(letter, "syndication-reason").ShouldBe("rejected");
        using var json = JsonDocument.Parse(letter.Message.Value);
        var record = json.RootElement;
        record.GetProperty("partner").GetString().ShouldBe("gone");
        record.GetProperty("transport").GetString().ShouldBe("webhook");
        record.GetProperty("itemId").GetString().ShouldBe(refused.ItemId);
        record.GetProperty("storyId").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
        record.GetProperty("version").GetInt64().ShouldBe(refused.Version);
        record.GetProperty("kind").GetString().ShouldBe("new");
        record.GetProperty("reason").GetString().ShouldBe("rejected");
        var attempt = record.GetProperty("attempts").EnumerateArray().ShouldHaveSingleItem();
        attempt.GetProperty("outcome").GetString().ShouldBe("rejected");
        attempt.GetProperty("status").GetInt32().ShouldBe(410);
        DateTimeOffset.Parse(attempt.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(refused.ArrivedAt.AddSeconds(1));
        fixture.Gone.Received.Count(push => push.ItemId == refused.ItemId).ShouldBe(1, "a 410 is not retried");
    }

    [Fact]
    public async Task UnansweredDelivery_IsDeadLetteredAfterEveryAttemptTimedOut()
    {
        await IngestAsync(TestStories.Plain("unanswered-" + Guid.NewGuid().ToString("N")[..8], 1));

        var letters = await PartnerTopic.ReadUntilAsync(
            fixture.BootstrapServers, KafkaTopics.DeliveryDeadLetters, messages => messages.Any(message => PartnerTopic.Header(message, "syndication-partner") == "stuck"), s_wait);

        using var json = JsonDocument.Parse(letters.First(message => PartnerTopic.Header(message, "syndication-partner") == "stuck").Message.Value);
        json.RootElement.GetProperty("reason").GetString().ShouldBe("retries-exhausted");
        var attempts = json.RootElement.GetProperty("attempts").EnumerateArray().ToList();
        attempts.Count.ShouldBe(3, "the partner's policy allows 3 attempts");
        attempts.ShouldAllBe(attempt => attempt.GetProperty("outcome").GetString() == "timeout");
        var times = attempts.Select(attempt => DateTimeOffset.Parse(attempt.GetProperty("at").GetString()!, CultureInfo.InvariantCulture)).ToList();
        (times[1] - times[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "each attempt waited out its 1-second timeout");
        (times[2] - times[1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task PartnersFileChanged_LanesStartAndStopWithoutARestart()
    {
        await using var late = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        var partners = fixture.Partners();
        partners["partners"]!.AsArray().Add(DeliveryWorkerFixture.Partner("late", "Late Edition", "ninjs", new JsonObject { ["webhook"] = DeliveryWorkerFixture.Webhook(late) }));
        await fixture.WritePartnersAsync(partners);
        await fixture.Worker.WaitForStatusAsync(status => status.GetProperty("deliveries").TryGetProperty("late", out _), s_wait);

        var tag = "late-" + Guid.NewGuid().ToString("N")[..8];
        await IngestAsync(TestStories.Plain(tag, 1));
        var pushed = (await late.WaitAsync(pushes => pushes.Any(push => push.Text.Contains(tag, StringComparison.Ordinal)), s_wait))
            .Single(push => push.Text.Contains(tag, StringComparison.Ordinal));
        pushed.SignatureValid.ShouldBeTrue();
        pushed.ContentType.ShouldStartWith("application/json");

        await fixture.WritePartnersAsync(fixture.Partners());
        await fixture.Worker.WaitForStatusAsync(status => !status.GetProperty("deliveries").TryGetProperty("late", out _), s_wait);
        var afterStop = late.Received.Count;
        await IngestAsync(TestStories.Plain(tag, 2));
        await fixture.Meo.WaitAsync(pushes => pushes.Any(push => push.Text.Contains($"story {tag} number 2 ", StringComparison.Ordinal)), s_wait);
        late.Received.Count.ShouldBe(afterStop, "a partner without push is sent nothing");
    }

    private static bool IsFor(Confluent.Kafka.ConsumeResult<byte[]?, byte[]?> message, string itemId, string? partner = null) =>
        message.Message.Key is { } key && Encoding.UTF8.GetString(key) == itemId
        && (partner is null || PartnerTopic.Header(message, "syndication-partner") == partner);

    private async Task IngestAsync(byte[] story)
    {
        using var response = await fixture.Worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), new ByteArrayContent(story), Cancellation);
        response.EnsureSuccessStatusCode();
    }
}
