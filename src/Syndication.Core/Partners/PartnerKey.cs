using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Syndication.Core.Partners;

/// <summary>
/// Partners' API keys. A key is shown once, when it is made; the partners file and the service keep only
/// its hash, <c>sha256:</c> and the 64 lower-case hex digits of the SHA-256 of its UTF-8 bytes.
/// </summary>
/// <remarks>
/// Implementation note: a plain SHA-256, not a slow password hash: the keys are 256 random bits, so there
/// is nothing to guess that a slow hash would protect, and every request pays for the hash.
/// </remarks>
public static class PartnerKey
{
    /// <summary>What every key starts with, so a leaked one is recognised for what it is (by people and secret scanners).</summary>
    public const string Prefix = "syn_";

    public const string HashPrefix = "sha256:";

    private const int RandomBytes = 32;

    /// <summary>A new key: <see cref="Prefix"/> and 32 random bytes in base64url (43 characters).</summary>
    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Reads a stored hash (upper- or lower-case hex) into the digest's 32 bytes.</summary>
    public static bool TryParseHash(string? hash, [NotNullWhen(true)] out byte[]? digest)
    {
        digest = null;
        if (hash is null || hash.Length != HashPrefix.Length + (2 * SHA256.HashSizeInBytes)
            || !hash.StartsWith(HashPrefix, StringComparison.Ordinal) || !hash[HashPrefix.Length..].All(char.IsAsciiHexDigit))
        {
            return false;
        }

        digest = Convert.FromHexString(hash.AsSpan(HashPrefix.Length));
        return true;
    }
}
