using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses an unknown provider, a PostgreSQL store without a connection string and a store path that cannot be a file, naming the key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.IsPostgres)
        {
            return ValidatePostgres(options.ConnectionString);
        }

        if (!string.Equals(options.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not a store: use '{StorageOptions.Sqlite}' or '{StorageOptions.Postgres}'.");
        }

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

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is required when Storage:Provider is postgres.");
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Host)
                ? ValidateOptionsResult.Fail("Storage:ConnectionString names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            // Not the string itself: it may hold a password.
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a PostgreSQL connection string ({exception.Message}).");
        }
    }
}
