using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Syndication.Core.Partners;
using Syndication.Worker.Configuration;
using Syndication.Worker.Partners;

namespace Syndication.Worker.Http;

/// <summary>
/// Who may read the operator's firehose (<c>/feeds/latest.*</c>): anybody while <c>Operators:Keys</c> is
/// empty, so the quick start works; once a key hash is configured, only a request that presents its key.
/// </summary>
public sealed class OperatorKeys(IOptions<OperatorsOptions> options)
{
    private readonly byte[][] _digests = [.. options.Value.Keys.Select(hash => PartnerKey.TryParseHash(hash, out var digest) ? digest : throw new OptionsValidationException(OperatorsOptions.Section, typeof(OperatorsOptions), ["Operators:Keys holds a malformed key hash."]))];

    /// <summary>Whether any operator key is configured (the firehose is closed to others).</summary>
    public bool AreConfigured => _digests.Length > 0;

    public bool Admit(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_digests.Length == 0)
        {
            return true;
        }

        if (PresentedKey.Of(request) is not { } key)
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var admitted = false;
        foreach (var digest in _digests)
        {
            admitted |= CryptographicOperations.FixedTimeEquals(presented, digest);
        }

        return admitted;
    }
}
