namespace Syndication.Worker.Delivery;

/// <summary>The headers a pushed story carries: HTTP on a webhook, Kafka headers on a partner topic.</summary>
public static class SyndicationHeaders
{
    /// <summary>The item and version (<see cref="PushedStory.IdempotencyKey"/>).</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>When the request was signed, in Unix seconds.</summary>
    public const string Timestamp = "X-Syndication-Timestamp";

    /// <summary><c>sha256=HEX</c> (see <see cref="HookSignature"/>).</summary>
    public const string Signature = "X-Syndication-Signature";

    /// <summary>What the push announces: new, updated, corrected or killed.</summary>
    public const string Kind = "X-Syndication-Kind";

    // Kafka header names, lower case as Kafka tools show them.
    public const string KafkaFormat = "syndication-format";
    public const string KafkaVersion = "syndication-version";
    public const string KafkaStoryId = "syndication-story-id";
    public const string KafkaKind = "syndication-kind";
    public const string KafkaIdempotencyKey = "idempotency-key";
    public const string KafkaContentType = "content-type";
}
