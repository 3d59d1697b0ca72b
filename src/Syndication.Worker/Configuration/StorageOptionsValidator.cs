using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a store path that cannot be a file, naming the key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Path must name a SQLite file.");
        }

        if (Directory.Exists(options.Path))
        {
            return ValidateOptionsResult.Fail($"Storage:Path '{options.Path}' is a directory; it must name a SQLite file.");
        }

        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"Storage:Path '{options.Path}': its directory cannot be created ({exception.Message}).");
        }

        return ValidateOptionsResult.Success;
    }
}
