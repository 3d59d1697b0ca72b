using System.Globalization;
using System.Text;
using System.Text.Json;
using Syndication.Core.Decoding;
using Syndication.Core.Versions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>
/// <c>syndication dlq list|show|replay</c>, the built CLI, against the dead letters a running worker wrote:
/// deliveries a loopback partner refused, replayed through the worker's own lanes into its live store, and
/// stories the pipeline refused, replayed to the raw topic it consumes.
/// </summary>
public sealed class DeadLetterReplayTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_RefusedDeliveryOnceThePartnerIsFixed_SentSignedUnderTheFirstKeyOnEachReplayAndToNobodyElse()
    {
        await using var fixable = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        await using var bystander = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        using var worker = await PushWorker.StartAsync(("fixable", fixable), ("bystander", bystander));
        await worker.IngestAsync(TestStories.Plain(Tag("refused"), 1));
        var refused = (await fixable.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single();
        await worker.DeadLetteredAsync("fixable");
        (await worker.DlqAsync("list", "--partner", "fixable")).Output.ShouldContain($"reason=rejected  partner=fixable  transport=webhook  itemId={refused.ItemId}");
        await bystander.WaitAsync(pushes => pushes.Any(push => push.ItemId == refused.ItemId), s_wait);
        var before = await worker.IdleAsync();

        fixable.Respond = PartnerAnswers.Healthy;
        var (exit, output) = await worker.DlqAsync("replay", "--all", "--topic", "deliveries", "--partner", "fixable");

        exit.ShouldBe(0, output);
        output.ShouldContain("replayed 1 of 1 dead letters");
        var replayed = (await fixable.WaitAsync(pushes => pushes.Count == 2, s_wait))[1];
        replayed.SignatureValid.ShouldBeTrue();
        replayed.IdempotencyKey.ShouldBe(refused.IdempotencyKey, "the same version under the same key as the attempt given up on");
        replayed.Body.ShouldBe(refused.Body);
        replayed.Kind.ShouldBe("replayed");

        (exit, output) = await worker.DlqAsync("replay", "--all", "--topic", "deliveries", "--partner", "fixable");
        exit.ShouldBe(0, output);
        var again = (await fixable.WaitAsync(pushes => pushes.Count == 3, s_wait))[2];
        (again.IdempotencyKey, again.SignatureValid).ShouldBe((refused.IdempotencyKey, true), "a second replay repeats the key, so a receiver that drops repeats keeps one");
        again.Body.ShouldBe(refused.Body);

        var after = await worker.IdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        bystander.Received.Count.ShouldBe(1, "a replay is for the partner it was dead-lettered for");
        fixable.Received.Count.ShouldBe(3);
        WorkerProcess.Stories(after, "stored").ShouldBe(WorkerProcess.Stories(before, "stored"));
        PushWorker.Lane(after, "bystander", "delivered").ShouldBe(PushWorker.Lane(before, "bystander", "delivered"));
        (PushWorker.Lane(after, "fixable", "delivered"), PushWorker.Lane(after, "fixable", "deadLettered")).ShouldBe((2, 1));
    }

    [Fact]
    public async Task Replay_WhileTheWorkerStoresABurst_BothWriteTheStoreAndNothingIsLost()
    {
        const int Burst = 300;
        await using var fixable = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        using var worker = await PushWorker.StartAsync(("fixable", fixable));
        await worker.IngestAsync(TestStories.Plain(Tag("first"), 1));
        var refused = (await fixable.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single();
        await worker.DeadLetteredAsync("fixable");
        fixable.Respond = PartnerAnswers.Healthy;

        // The CLI appends to the outbox while the worker commits batches and its lane advances.
        var tag = Tag("burst");
        var burst = RawTopic.ProduceAsync(worker.BootstrapServers, Enumerable.Range(0, Burst).Select(i => TestStories.Plain(tag, i)));
        var (exit, output) = await worker.DlqAsync("replay", "--all", "--topic", "deliveries", "--partner", "fixable");
        await burst;

        exit.ShouldBe(0, output);
        await fixable.WaitAsync(pushes => pushes.Any(push => push.Kind == "replayed" && push.IdempotencyKey == refused.IdempotencyKey), s_wait);
        await worker.Worker.WaitForStatusAsync(status => WorkerProcess.Stories(status, "stored") == Burst + 1, s_wait);
        var idle = await worker.IdleAsync();
        PushWorker.Lane(idle, "fixable", "delivered").ShouldBe(Burst + 1);
        fixable.Received.Select(push => push.ItemId).Distinct().Count().ShouldBe(Burst + 1);
    }

    [Fact]
    public async Task Replay_WebhookDeadLetterOfAPartnerWithATopicToo_SentAgainByWebhookOnly()
    {
        await using var fixable = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        using var worker = await PushWorker.StartAsync(true, ("fixable", fixable));
        await worker.IngestAsync(TestStories.Plain(Tag("both"), 1));
        var refused = (await fixable.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single();
        await worker.DeadLetteredAsync("fixable");
        await PartnerTopic.ReadUntilAsync(worker.BootstrapServers, "partner.fixable.stories", messages => messages.Count == 1, s_wait);
        await worker.IdleAsync();
        fixable.Respond = PartnerAnswers.Healthy;

        var (exit, output) = await worker.DlqAsync("replay", "--all", "--topic", "deliveries", "--partner", "fixable");

        exit.ShouldBe(0, output);
        (await fixable.WaitAsync(pushes => pushes.Count == 2, s_wait))[1].IdempotencyKey.ShouldBe(refused.IdempotencyKey);
        var status = await worker.IdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        RawTopic.Count(worker.BootstrapServers, "partner.fixable.stories").ShouldBe(1, "the topic had the story; only the webhook's delivery was given up on");
        status.GetProperty("deliveries").GetProperty("fixable").GetProperty("kafka").GetProperty("delivered").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Replay_StaleVersionAfterACorrectionWasDelivered_SendsTheCorrectionNeverTheStaleVersion()
    {
        await using var fixable = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        using var worker = await PushWorker.StartAsync(("fixable", fixable));
        var tag = Tag("quake");
        var original = Encoding.UTF8.GetBytes($"Quake hits the coast of {tag}\n\nTOKYO, June 1 (Reuters) - A quake of magnitude 6.1 hit the coast of {tag}.\n");
        var corrected = Encoding.UTF8.GetBytes($"CORRECTED-Quake hits the coast of {tag}\n\nTOKYO, June 1 (Reuters) - A quake of magnitude 5.1 hit the coast of {tag}.\n");
        ItemId.Of(StoryDecoder.Decode(corrected).Story!).ShouldBe(ItemId.Of(StoryDecoder.Decode(original).Story!), "the correction is a version of the same item");

        await worker.IngestAsync(original);
        var stale = (await fixable.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single();
        stale.Text.ShouldContain("magnitude 6.1");
        await worker.DeadLetteredAsync("fixable");
        fixable.Respond = PartnerAnswers.Healthy;
        await worker.IngestAsync(corrected);
        var correction = (await fixable.WaitAsync(pushes => pushes.Count == 2, s_wait))[1];
        (correction.ItemId, correction.Kind).ShouldBe((stale.ItemId, "corrected"));
        correction.Version.ShouldBeGreaterThan(stale.Version);

        var (exit, output) = await worker.DlqAsync("replay", "--all", "--topic", "deliveries", "--partner", "fixable");

        exit.ShouldBe(0, output);
        var replayed = (await fixable.WaitAsync(pushes => pushes.Count == 3, s_wait))[2];
        replayed.IdempotencyKey.ShouldBe(correction.IdempotencyKey, "the item's latest version, under its own key");
        replayed.Body.ShouldBe(correction.Body);
        using (var ninjs = JsonDocument.Parse(replayed.Body))
        {
            ninjs.RootElement.GetProperty("genres").EnumerateArray().Select(genre => genre.GetProperty("uri").GetString()).ShouldContain("http://cv.iptc.org/newscodes/signal/correction");
        }

        replayed.Text.ShouldContain("magnitude 5.1");
        replayed.Text.ShouldNotContain("magnitude 6.1");
        await worker.IdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        fixable.Received.Count(push => push.IdempotencyKey == stale.IdempotencyKey).ShouldBe(1, "the stale version went once, refused, and never again");
        fixable.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Replay_DeadLetterOfAStoryKilledSince_SendsTheKill()
    {
        await using var fixable = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        using var worker = await PushWorker.StartAsync(("fixable", fixable));
        var uri = "urn:test:replay:" + Tag("kill");
        await worker.IngestAsync(Ninjs(uri, 1, "usable", "Rebels took the town on Monday."));
        var refused = (await fixable.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single();
        await worker.DeadLetteredAsync("fixable");
        await worker.IngestAsync(Ninjs(uri, 2, "canceled", "This story has been withdrawn."));
        var refusedKill = (await fixable.WaitAsync(pushes => pushes.Count == 2, s_wait))[1];
        refusedKill.Kind.ShouldBe("killed");
        await worker.DeadLetteredAsync("fixable", count: 2);
        fixable.Respond = PartnerAnswers.Healthy;

        // Only the letter of the story as it was before the kill: what it brings is the kill.
        var (listed, lines) = await worker.DlqAsync("list", "--partner", "fixable");
        listed.ShouldBe(0, lines);
        var id = lines.Split('\n').Single(line => line.Contains($"itemId={refused.ItemId}", StringComparison.Ordinal) && line.Contains("kind=new", StringComparison.Ordinal)).Split(' ')[0];
        var (exit, output) = await worker.DlqAsync("replay", id);

        exit.ShouldBe(0, output);
        var replayed = (await fixable.WaitAsync(pushes => pushes.Count == 3, s_wait))[2];
        replayed.Kind.ShouldBe("killed");
        replayed.IdempotencyKey.ShouldBe(refusedKill.IdempotencyKey);
        replayed.SignatureValid.ShouldBeTrue();
        using var ninjs = JsonDocument.Parse(replayed.Body);
        ninjs.RootElement.GetProperty("pubStatus").GetString().ShouldBe("canceled");
    }

    [Fact]
    public async Task Replay_StoryDeadLetters_UndecodableRefusedAgainAndTheWorkerGoesOnOversizedStoredAfterTheLimitIsRaised()
    {
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        var store = directory.File("syndication.db");
        var tag = Tag("raw");
        var binary = new byte[] { 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x20, 0x00, 0x7f };
        var large = TestStories.PlainOfSize(tag, 1, 4000);
        var storedAfter = new List<byte[]>();
        using (var limited = await WorkerProcess.StartAsync(store, broker.BootstrapServers, "--Ingest:MaxStoryBytes=2000"))
        {
            await RawTopic.ProduceAsync(broker.BootstrapServers, [binary, large, TestStories.Plain(tag, 2)]);
            var refused = await limited.WaitForStatusAsync(status => Rejected(status, "binary") == 1 && Rejected(status, "too-large") == 1 && WorkerProcess.Stories(status, "stored") == 1, s_wait);

            var (listed, lines) = await PushWorker.Dlq(broker.BootstrapServers, "list", "--reason", "binary");
            listed.ShouldBe(0, lines);
            var id = lines.Split('\n').ShouldHaveSingleItem(lines).Split(' ')[0];
            id.ShouldStartWith("stories:");
            (await PushWorker.Dlq(broker.BootstrapServers, "list", "--reason", "too-large")).Output.Split('\n').ShouldHaveSingleItem().ShouldContain("source=wire.stories.raw:");

            var (exit, output) = await PushWorker.Dlq(broker.BootstrapServers, "replay", "--all", "--topic", "stories", "--reason", "binary");
            exit.ShouldBe(0, output);
            output.ShouldContain("replayed 1 of 1 dead letters");

            // Consumed again and refused again for the same reason; the consumer moves past it and goes on.
            await limited.WaitForStatusAsync(status => Rejected(status, "binary") == 2, s_wait);
            var again = (await PushWorker.Dlq(broker.BootstrapServers, "list", "--reason", "binary")).Output.Split('\n');
            again.Length.ShouldBe(2, string.Join('\n', again));
            var (shown, text) = await PushWorker.Dlq(broker.BootstrapServers, "show", again[1].Split(' ')[0]);
            shown.ShouldBe(0, text);
            text.ShouldContain("body: 10 bytes, not text");
            await RawTopic.ProduceAsync(broker.BootstrapServers, [TestStories.Plain(tag, 3)]);
            var goneOn = await limited.WaitForStatusAsync(status => WorkerProcess.Stories(status, "stored") == 2 && status.GetProperty("kafka").GetProperty("lag").GetInt64() == 0, s_wait);
            Rejected(goneOn, "too-large").ShouldBe(Rejected(refused, "too-large"));
        }

        using var raised = await WorkerProcess.StartAsync(store, broker.BootstrapServers);
        var (replayedLarge, largeOutput) = await PushWorker.Dlq(broker.BootstrapServers, "replay", "--all", "--topic", "stories", "--reason", "too-large");

        replayedLarge.ShouldBe(0, largeOutput);
        var storyId = StoryDecoder.Decode(large).Story!.Id;
        var status = await raised.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 3, s_wait);
        Rejected(status, "too-large").ShouldBe(1, "stored this time, not refused again");
        using var response = await raised.Http.GetAsync(new Uri($"stories/{storyId}", UriKind.Relative), Cancellation);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task ListAndReplay_FiltersByPartnerReasonAndTime_SelectOnlyTheWorkersLettersThatMatch()
    {
        await using var refuser = await LoopbackPartner.StartAsync(PartnerAnswers.Always(400));
        await using var failer = await LoopbackPartner.StartAsync(PartnerAnswers.Always(503));
        using var worker = await PushWorker.StartAsync(("refuser", refuser), ("failer", failer));
        var tag = Tag("filters");
        await worker.IngestAsync(TestStories.Plain(tag, 1));
        var first = (await refuser.WaitAsync(pushes => pushes.Count == 1, s_wait)).Single().ItemId;
        await worker.DeadLetteredAsync("refuser", count: 1);
        await worker.DeadLetteredAsync("failer", count: 1);
        await Task.Delay(50, Cancellation);
        var between = TimeProvider.System.GetUtcNow();
        await Task.Delay(50, Cancellation);
        await worker.IngestAsync(TestStories.Plain(tag, 2));
        var second = (await refuser.WaitAsync(pushes => pushes.Count == 2, s_wait))[1].ItemId;
        await worker.DeadLetteredAsync("refuser", count: 2);
        await worker.DeadLetteredAsync("failer", count: 2);
        var since = between.ToString("O", CultureInfo.InvariantCulture);

        (await ListAsync(worker, "--partner", "refuser")).ShouldBe([("refuser", first, "rejected"), ("refuser", second, "rejected")], ignoreOrder: true);
        (await ListAsync(worker, "--reason", "retries-exhausted")).ShouldBe([("failer", first, "retries-exhausted"), ("failer", second, "retries-exhausted")], ignoreOrder: true);
        (await ListAsync(worker, "--since", since)).ShouldBe([("refuser", second, "rejected"), ("failer", second, "retries-exhausted")], ignoreOrder: true);
        (await ListAsync(worker, "--until", since)).ShouldBe([("refuser", first, "rejected"), ("failer", first, "retries-exhausted")], ignoreOrder: true);
        (await ListAsync(worker, "--partner", "failer", "--reason", "rejected")).ShouldBeEmpty();
        (await worker.DlqAsync("list", "--partner", "refuser", "--topic", "stories")).Output.ShouldNotContain("@");

        refuser.Respond = PartnerAnswers.Healthy;
        var (exit, output) = await worker.DlqAsync("replay", "--all", "--partner", "refuser", "--reason", "rejected", "--since", since);

        exit.ShouldBe(0, output);
        output.ShouldContain("replayed 1 of 1 dead letters");
        var replayed = (await refuser.WaitAsync(pushes => pushes.Count == 3, s_wait))[2];
        (replayed.ItemId, replayed.Kind).ShouldBe((second, "replayed"));
        await worker.IdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        refuser.Received.Count.ShouldBe(3, "the first story's letter was not selected");
        failer.Received.Count.ShouldBe(6, "three attempts for each story, and no replay");
    }

    private static string Tag(string name) => name + "-" + Guid.NewGuid().ToString("N")[..8];

    private static long Rejected(JsonElement status, string reason) =>
        status.GetProperty("stories").GetProperty("rejectedByReason").TryGetProperty(reason, out var count) ? count.GetInt64() : 0;

    /// <summary>The delivery dead letters <c>dlq list</c> writes with these filters: partner, item and reason of each.</summary>
    private static async Task<List<(string Partner, string ItemId, string Reason)>> ListAsync(PushWorker worker, params string[] filters)
    {
        var (exit, output) = await worker.DlqAsync(["list", "--topic", "deliveries", .. filters]);
        exit.ShouldBe(0, output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (Field(line, "partner"), Field(line, "itemId"), Field(line, "reason")))];
    }

    private static string Field(string line, string name) =>
        line.Split("  ").Single(part => part.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    private static byte[] Ninjs(string uri, int version, string pubStatus, string body) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["uri"] = uri,
            ["type"] = "text",
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["versioncreated"] = $"2026-11-25T1{version}:00:00+01:00",
            ["pubstatus"] = pubStatus,
            ["headline"] = "Rebels take the town",
            ["body_text"] = body,
        });
}
