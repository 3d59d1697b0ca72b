namespace Syndication.Worker.Configuration;

/// <summary>The <c>Syndication</c> configuration section.</summary>
public sealed class SyndicationOptions
{
    public const string Section = "Syndication";

    /// <summary>The organisation that runs the service; named as the feeds' publisher.</summary>
    public string Publisher { get; set; } = "Syndication";

    /// <summary>How long the Atom feed carries the tombstone of a killed story (RFC 6721), after it left the feed.</summary>
    public TimeSpan TombstoneWindow { get; set; } = TimeSpan.FromDays(2);
}
