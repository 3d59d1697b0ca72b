namespace Syndication.Worker.Telemetry;

/// <summary>The attribute names the instruments and spans use: OpenTelemetry's semantic conventions where one exists, <c>syndication.*</c> otherwise.</summary>
public static class TelemetryAttributes
{
    public const string Format = "syndication.format";
    public const string Stage = "syndication.stage";
    public const string Partner = "syndication.partner";
    public const string Transport = "syndication.transport";
    public const string Outcome = "syndication.outcome";
    public const string FeedKind = "syndication.feed.kind";
    public const string ErrorType = "error.type";
    public const string HttpStatusCode = "http.response.status_code";
    public const string MessagingSystem = "messaging.system";
    public const string MessagingDestination = "messaging.destination.name";
    public const string MessagingPartition = "messaging.destination.partition.id";
    public const string MessagingOperationType = "messaging.operation.type";
    public const string MessagingOperationName = "messaging.operation.name";
    public const string KafkaOffset = "messaging.kafka.offset";
}
