using Microsoft.Extensions.Options;
using Syndication.Core.Partners;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses an operator key that is not a key hash: a plain key in configuration would be a leak.</summary>
internal sealed class OperatorsOptionsValidator : IValidateOptions<OperatorsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperatorsOptions options)
    {
        for (var i = 0; i < options.Keys.Count; i++)
        {
            if (!PartnerKey.TryParseHash(options.Keys[i], out _))
            {
                return ValidateOptionsResult.Fail(
                    $"Operators:Keys:{i} must be a key hash, {PartnerKey.HashPrefix} and 64 hex digits (syndication operators new-key prints one); plain keys are never configured.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
