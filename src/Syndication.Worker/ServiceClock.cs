namespace Syndication.Worker;

/// <summary>When the service started, on the injected clock.</summary>
public sealed class ServiceClock(TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();

    public TimeSpan Uptime => time.GetElapsedTime(_started);
}
