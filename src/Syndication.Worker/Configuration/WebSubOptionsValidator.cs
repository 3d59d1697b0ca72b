using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses leases out of order or out of range, naming the key.</summary>
internal sealed class WebSubOptionsValidator : IValidateOptions<WebSubOptions>
{
    // hub.lease_seconds is written and stored as a 32-bit count of seconds.
    private static readonly TimeSpan s_longestLease = TimeSpan.FromSeconds(int.MaxValue);

    public ValidateOptionsResult Validate(string? name, WebSubOptions options)
    {
        var failures = new List<string>();
        if (options.MaxLease < WebSubOptions.MinLease || options.MaxLease > s_longestLease)
        {
            failures.Add($"WebSub:MaxLease must be between {WebSubOptions.MinLease} and {s_longestLease}, got {options.MaxLease}.");
        }

        if (options.DefaultLease < WebSubOptions.MinLease || options.DefaultLease > options.MaxLease)
        {
            failures.Add($"WebSub:DefaultLease must be between {WebSubOptions.MinLease} and WebSub:MaxLease ({options.MaxLease}), got {options.DefaultLease}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
