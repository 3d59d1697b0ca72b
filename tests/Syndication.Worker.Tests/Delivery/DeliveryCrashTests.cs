using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>The worker killed with SIGKILL in the middle of pushing, then started again on the same store and broker.</summary>
public sealed class DeliveryCrashTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_KilledMidDelivery_RestartedDeliversEveryStoryDuplicatesOnlyWithTheSameKey()
    {
        const int Count = 120;
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        // A partner that takes 20 ms per story, so the kill lands mid-delivery.
        await using var partner = await LoopbackPartner.StartAsync(async (_, context) =>
        {
            await Task.Delay(20, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        var push = new JsonObject { ["webhook"] = DeliveryWorkerFixture.Webhook(partner), ["kafka"] = new JsonObject() };
        var steady = DeliveryWorkerFixture.Partner("steady", "Steady Times", "ninjs", push);
        // The separate broker is librdkafka's mock, which cannot create topics through the admin client: the
        // worker asks (3 s), then the first produce creates it. Attempts long enough to outlast that.
        steady["retry"] = new JsonObject { ["attempts"] = 5, ["baseDelay"] = "00:00:00.2", ["maxDelay"] = "00:00:01", ["timeout"] = "00:00:02" };
        await File.WriteAllTextAsync(directory.File("partners.json"), new JsonObject { ["partners"] = new JsonArray(steady) }.ToJsonString(), Cancellation);
        var store = directory.File("syndication.db");
        string[] arguments = ["--Dedup:Window=00:00:00"];

        int deliveredAtKill;
        using (var first = await WorkerProcess.StartAsync(store, broker.BootstrapServers, arguments))
        {
            await RawTopic.ProduceAsync(broker.BootstrapServers, Enumerable.Range(0, Count).Select(i => TestStories.Plain("crash-push", i)));
            await partner.WaitAsync(received => received.Count >= 30, TimeSpan.FromSeconds(60));
            first.Kill();
            deliveredAtKill = partner.Received.Select(received => received.ItemId).Distinct().Count();
        }

        deliveredAtKill.ShouldBeLessThan(Count, "the worker must die mid-delivery for this test to mean anything");
        using var second = await WorkerProcess.StartAsync(store, broker.BootstrapServers, arguments);
        var all = await partner.WaitAsync(received => received.Select(push => push.ItemId).Distinct().Count() == Count, TimeSpan.FromSeconds(120));

        all.ShouldAllBe(received => received.SignatureValid);
        foreach (var item in all.GroupBy(received => received.ItemId))
        {
            item.Select(received => received.IdempotencyKey).Distinct().ShouldHaveSingleItem($"item {item.Key} must arrive under one key");
            item.Select(received => Convert.ToHexString(received.Body)).Distinct().ShouldHaveSingleItem($"item {item.Key}'s repeats must be the same story");
        }

        var status = await second.WaitForStatusAsync(
            s => s.GetProperty("deliveries").GetProperty("steady").GetProperty("webhook").GetProperty("lag").GetInt64() == 0
                && s.GetProperty("deliveries").GetProperty("steady").GetProperty("kafka").GetProperty("lag").GetInt64() == 0,
            TimeSpan.FromSeconds(60));
        status.GetProperty("deliveries").GetProperty("steady").GetProperty("webhook").GetProperty("deadLettered").GetInt64().ShouldBe(0);
        status.GetProperty("deliveries").GetProperty("steady").GetProperty("kafka").GetProperty("deadLettered").GetInt64().ShouldBe(0);

        var onTopic = await PartnerTopic.ReadUntilAsync(
            broker.BootstrapServers, "partner.steady.stories", messages => messages.Select(message => Encoding.UTF8.GetString(message.Message.Key!)).Distinct().Count() == Count,
            TimeSpan.FromSeconds(60));
        foreach (var item in onTopic.GroupBy(message => Encoding.UTF8.GetString(message.Message.Key!)))
        {
            item.Select(message => PartnerTopic.Header(message, "idempotency-key")).Distinct().ShouldHaveSingleItem();
        }
    }
}
