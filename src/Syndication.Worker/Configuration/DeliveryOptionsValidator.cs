using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses an outbox retention that is not positive, naming the key.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options) =>
        options.OutboxRetention > TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Delivery:OutboxRetention must be positive, got {options.OutboxRetention}.");
}
