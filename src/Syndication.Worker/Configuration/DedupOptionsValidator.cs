using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a threshold or window that cannot be used, naming the key.</summary>
internal sealed class DedupOptionsValidator : IValidateOptions<DedupOptions>
{
    private static readonly TimeSpan s_longestWindow = TimeSpan.FromDays(366);

    public ValidateOptionsResult Validate(string? name, DedupOptions options)
    {
        var failures = new List<string>();
        if (!(options.Threshold is > 0 and <= 1))
        {
            failures.Add($"Dedup:Threshold must be above 0 and at most 1, got {options.Threshold}.");
        }

        if (options.Window < TimeSpan.Zero || options.Window > s_longestWindow)
        {
            failures.Add($"Dedup:Window must be between 00:00:00 (off) and 366.00:00:00, got {options.Window}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
