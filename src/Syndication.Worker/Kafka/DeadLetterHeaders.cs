namespace Syndication.Worker.Kafka;

/// <summary>The headers a dead-lettered story carries beside its original bytes and headers.</summary>
public static class DeadLetterHeaders
{
    public const string Reason = "syndication-reason";
    public const string Stage = "syndication-stage";
    public const string Detail = "syndication-detail";
    public const string SourceTopic = "syndication-source-topic";
    public const string SourcePartition = "syndication-source-partition";
    public const string SourceOffset = "syndication-source-offset";
}
