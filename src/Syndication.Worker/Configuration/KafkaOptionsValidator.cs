using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a Kafka section that cannot work, naming the key.</summary>
internal sealed class KafkaOptionsValidator : IValidateOptions<KafkaOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaOptions options)
    {
        var failures = new List<string>();
        if (options.BootstrapServers is { } servers && !BootstrapServerList.IsValid(servers))
        {
            failures.Add($"Kafka:BootstrapServers must be a comma-separated list of host:port, got '{servers}'.");
        }

        if (string.IsNullOrWhiteSpace(options.GroupId))
        {
            failures.Add("Kafka:GroupId must not be empty.");
        }

        if (options.SessionTimeoutMs is < 1_000 or > 300_000)
        {
            failures.Add($"Kafka:SessionTimeoutMs must be between 1000 and 300000, got {options.SessionTimeoutMs}.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"Kafka:BatchSize must be between 1 and 10000, got {options.BatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
