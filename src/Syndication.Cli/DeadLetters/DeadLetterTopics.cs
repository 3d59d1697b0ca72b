using Syndication.Worker.Kafka;

namespace Syndication.Cli.DeadLetters;

/// <summary>Short names and Kafka topic names of <see cref="DeadLetterTopic"/>.</summary>
internal static class DeadLetterTopics
{
    internal static readonly DeadLetterTopic[] All = [DeadLetterTopic.Stories, DeadLetterTopic.Deliveries];

    internal static string ShortName(DeadLetterTopic topic) => topic == DeadLetterTopic.Stories ? "stories" : "deliveries";

    internal static string KafkaName(DeadLetterTopic topic) => topic == DeadLetterTopic.Stories ? KafkaTopics.DeadLetters : KafkaTopics.DeliveryDeadLetters;

    internal static DeadLetterTopic? Parse(string name) => name switch
    {
        "stories" => DeadLetterTopic.Stories,
        "deliveries" => DeadLetterTopic.Deliveries,
        _ => null,
    };
}
