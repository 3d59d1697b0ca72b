using System.Threading.Channels;

namespace Syndication.Worker.WebSub;

/// <summary>
/// The requests waiting for verification of intent, in the order they were accepted: the hub answers 202
/// at once and verifies after, off the request (W3C WebSub, "Hub Verifies Intent of the Subscriber").
/// </summary>
/// <remarks>
/// Implementation note: the queue is in memory and bounded; a request it cannot take is refused with 503
/// so the subscriber asks again, and a request accepted before a restart is lost, which the Recommendation
/// allows (a subscriber that is never verified asks again). A durable queue would spare the second request.
/// </remarks>
public sealed class WebSubIntents
{
    /// <summary>Requests waiting at most.</summary>
    public const int Capacity = 1_000;

    private readonly Channel<WebSubIntent> _waiting = Channel.CreateBounded<WebSubIntent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a request; false when the queue is full.</summary>
    public bool TryAdd(WebSubIntent intent) => _waiting.Writer.TryWrite(intent);

    /// <summary>The requests, as they come.</summary>
    public IAsyncEnumerable<WebSubIntent> ReadAllAsync(CancellationToken cancellationToken) => _waiting.Reader.ReadAllAsync(cancellationToken);
}
