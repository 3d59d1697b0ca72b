namespace Syndication.Worker.Status;

/// <summary>Messages consumed and stories stored in the minute starting at <paramref name="Start"/> (UTC).</summary>
public sealed record FlowMinute(DateTimeOffset Start, long Consumed, long Stored);
