namespace Syndication.Worker.Configuration;

/// <summary>The <c>WebSub</c> configuration section: the leases the hub grants and the callbacks it may reach.</summary>
public sealed class WebSubOptions
{
    public const string Section = "WebSub";

    /// <summary>The shortest lease granted: a shorter request is raised to it.</summary>
    public static readonly TimeSpan MinLease = TimeSpan.FromMinutes(5);

    /// <summary>The lease granted when the subscriber asks for none.</summary>
    public TimeSpan DefaultLease { get; set; } = TimeSpan.FromDays(10);

    /// <summary>The longest lease granted: a longer request is cut to it.</summary>
    public TimeSpan MaxLease { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Whether a callback may be on a loopback, private, link-local or other non-public address; off, such a
    /// callback is refused at subscription and never connected to. For tests and closed networks.
    /// </summary>
    public bool AllowPrivateCallbacks { get; set; }

    /// <summary>The lease granted for a request of <paramref name="requestedSeconds"/> (none: the default), in seconds.</summary>
    public int GrantSeconds(long? requestedSeconds)
    {
        var requested = requestedSeconds ?? (long)DefaultLease.TotalSeconds;
        return (int)Math.Clamp(requested, (long)MinLease.TotalSeconds, (long)MaxLease.TotalSeconds);
    }
}
