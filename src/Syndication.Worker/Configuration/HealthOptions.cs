namespace Syndication.Worker.Configuration;

/// <summary>The <c>Health</c> configuration section: when <c>/health/ready</c> calls a partition stuck.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How long a partition may have lag without its position moving before the worker is unready.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(2);
}
