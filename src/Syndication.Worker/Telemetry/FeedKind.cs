namespace Syndication.Worker.Telemetry;

/// <summary>Endpoint metadata naming a feed endpoint's kind, what <c>syndication.feed.requests</c> counts by.</summary>
/// <param name="Name">public (the operator's firehose) or partner (a partner's feed).</param>
public sealed record FeedKind(string Name)
{
    public static FeedKind Public { get; } = new("public");

    public static FeedKind Partner { get; } = new("partner");
}
