using Microsoft.Extensions.Configuration;
using Syndication.Worker.Configuration;

namespace Syndication.Cli.Partners;

/// <summary>
/// Where the partners file is when <c>--file</c> does not say: where the worker looks, as far as the
/// environment tells (<c>Partners__Path</c>, else <c>partners.json</c> beside <c>Storage__Path</c>, else
/// <c>data/partners.json</c>), relative to the working directory like the worker's.
/// </summary>
internal static class PartnersFileLocation
{
    internal static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var partners = configuration.GetSection(PartnersOptions.Section).Get<PartnersOptions>() ?? new PartnersOptions();
        return partners.FilePath(storage);
    }
}
