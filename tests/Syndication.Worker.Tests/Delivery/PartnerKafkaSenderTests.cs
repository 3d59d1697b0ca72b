using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>A story produced to a partner's topic on the embedded broker, read back with a real consumer.</summary>
public sealed class PartnerKafkaSenderTests : IDisposable
{
    private readonly KafkaEndpoint _endpoint = KafkaEndpoint.StartEmbedded();
    private readonly IProducer<byte[]?, byte[]?> _producer;

    public PartnerKafkaSenderTests()
    {
        _producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(_endpoint.BootstrapServers)).Build();
    }

    [Fact]
    public async Task SendAsync_Story_ProducedKeyedByItemWithFormatVersionAndKeyInHeaders()
    {
        var sender = new PartnerKafkaSender(_producer, _endpoint, NullLogger<PartnerKafkaSender>.Instance);
        var story = DeliveryTestServices.Story(itemId: "9aadec0767a7df4a0000000000000000", version: 42, kind: OutboxKind.Killed);

        var result = await sender.SendAsync(new KafkaTarget("partner.meo.stories"), story, TestContext.Current.CancellationToken);

        result.ShouldBe(SendResult.Delivered());
        var message = (await PartnerTopic.ReadUntilAsync(_endpoint.BootstrapServers, "partner.meo.stories", messages => messages.Count == 1, TimeSpan.FromSeconds(20))).Single();
        Encoding.UTF8.GetString(message.Message.Key!).ShouldBe(story.ItemId);
        message.Message.Value.ShouldBe(story.Body);
        PartnerTopic.Header(message, "content-type").ShouldBe("application/json");
        PartnerTopic.Header(message, "syndication-format").ShouldBe("ninjs");
        PartnerTopic.Header(message, "syndication-version").ShouldBe("42");
        PartnerTopic.Header(message, "syndication-story-id").ShouldBe(story.StoryId);
        PartnerTopic.Header(message, "syndication-kind").ShouldBe("killed");
        PartnerTopic.Header(message, "idempotency-key").ShouldBe("9aadec0767a7df4a0000000000000000:42");
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = _endpoint.BootstrapServers }).Build();
        admin.GetMetadata("partner.meo.stories", TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Count
            .ShouldBe(KafkaTopics.EmbeddedPartitions, "the embedded broker's topic is made like the others, not auto-created");
    }

    public void Dispose()
    {
        _producer.Dispose();
        _endpoint.Dispose();
    }
}
