using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.Tests.Delivery;

public sealed class LaneTargetTests
{
    [Fact]
    public void Of_PartnersWithBothOneOrNoTransport_OneLanePerTransportNamedInTheStore()
    {
        var directory = PartnersFileParser.Parse("""
            { "partners": [
                { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "attempts": 2 },
                  "push": { "webhook": { "url": "https://meo.example/hook", "secret": "0123456789abcdef" }, "kafka": {} } },
                { "id": "gulf", "name": "G", "storyFormat": "ninjs", "push": { "kafka": { "topic": "gulf.in" } } },
                { "id": "acme", "name": "A", "storyFormat": "ninjs" } ] }
            """).Directory!;

        var lanes = directory.Partners.SelectMany(LaneTarget.Of).ToList();

        lanes.Select(lane => lane.LaneId).ShouldBe(["partner:meo:webhook", "partner:meo:kafka", "partner:gulf:kafka"]);
        lanes[0].Webhook!.Url.ShouldBe(new Uri("https://meo.example/hook"));
        lanes[1].Kafka.ShouldBe(new KafkaTarget("partner.meo.stories"));
        lanes[2].Kafka.ShouldBe(new KafkaTarget("gulf.in"));
        lanes[0].Retry.Attempts.ShouldBe(2);
        lanes[2].Retry.ShouldBeSameAs(RetryPolicy.Default);
    }

    [Fact]
    public void Equality_ChangedSecretOrPolicy_IsAnotherTarget()
    {
        var target = new LaneTarget("meo", DeliveryTransport.Webhook, new WebhookTarget(new Uri("https://meo.example/hook"), "0123456789abcdef"), null, RetryPolicy.Default);

        (target with { Webhook = new WebhookTarget(new Uri("https://meo.example/hook"), "0123456789abcdef") }).ShouldBe(target);
        (target with { Webhook = new WebhookTarget(new Uri("https://meo.example/hook"), "0123456789abcdeF") }).ShouldNotBe(target);
        (target with { Retry = RetryPolicy.Default with { Attempts = 3 } }).ShouldNotBe(target);
    }
}
