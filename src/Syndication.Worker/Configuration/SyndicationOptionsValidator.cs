using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a publisher name or tombstone window that cannot be used, naming the key.</summary>
internal sealed class SyndicationOptionsValidator : IValidateOptions<SyndicationOptions>
{
    private static readonly TimeSpan s_longestTombstoneWindow = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, SyndicationOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Publisher))
        {
            failures.Add("Syndication:Publisher must name the organisation that runs the service.");
        }

        if (options.TombstoneWindow < TimeSpan.Zero || options.TombstoneWindow > s_longestTombstoneWindow)
        {
            failures.Add($"Syndication:TombstoneWindow must be between 00:00:00 and 365.00:00:00, got {options.TombstoneWindow}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
