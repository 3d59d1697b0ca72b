namespace Syndication.Worker.WebSub;

/// <summary>What a subscriber asks of the hub (<c>hub.mode</c>).</summary>
public enum WebSubMode
{
    Subscribe,
    Unsubscribe,
}
