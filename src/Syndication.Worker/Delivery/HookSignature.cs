using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Syndication.Worker.Delivery;

/// <summary>
/// The webhook signature, <c>X-Syndication-Signature: sha256=HEX</c>: HMAC-SHA256 keyed with the partner's
/// secret (its UTF-8 bytes) over the timestamp in Unix seconds, a dot and the body's bytes. The timestamp
/// is signed so that a receiver can refuse an old request replayed.
/// </summary>
public static class HookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return Prefix + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
