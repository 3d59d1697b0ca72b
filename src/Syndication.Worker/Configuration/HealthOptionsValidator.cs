using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a stuck-partition time that is not positive, naming the key.</summary>
internal sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        options.StuckAfter > TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Health:StuckAfter must be positive, got {options.StuckAfter}.");
}
