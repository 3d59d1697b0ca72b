using Microsoft.Extensions.Configuration;
using Syndication.Worker.Configuration;

namespace Syndication.Cli.Store;

/// <summary>Where the commands that write to the store find it: <c>--store</c>, else where the worker looks.</summary>
internal static class StoreLocation
{
    /// <summary>The option's value, else Storage__Path, else data/syndication.db.</summary>
    internal static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).Path;
    }
}
