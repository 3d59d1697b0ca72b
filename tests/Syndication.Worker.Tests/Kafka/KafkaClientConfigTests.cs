using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Tests.Kafka;

public sealed class KafkaClientConfigTests
{
    [Fact]
    public void Consumer_BacklogLargerThanItsQueue_LooksAgainWithinAFewMillisecondsNotLibrdkafkasSecond()
    {
        var config = KafkaClientConfig.Consumer("127.0.0.1:9092", new KafkaOptions());

        // librdkafka's default (1,000 ms) stalled a catching-up worker for up to a second each time its
        // 64 MB local queue filled and ran dry again.
        config.FetchQueueBackoffMs.ShouldNotBeNull();
        config.FetchQueueBackoffMs.Value.ShouldBeLessThanOrEqualTo(50);
    }

    [Fact]
    public void Consumer_OffsetsLiveInTheStore_KafkaGetsOnlyACopyOfWhatWasStored()
    {
        var config = KafkaClientConfig.Consumer("127.0.0.1:9092", new KafkaOptions { GroupId = "g" });

        config.EnableAutoOffsetStore.ShouldBe(false);
        config.GroupId.ShouldBe("g");
    }
}
