using System.Security.Cryptography;
using System.Text;

namespace Syndication.Worker.WebSub;

/// <summary>
/// <c>X-Hub-Signature: sha256=HEX</c> (W3C WebSub, "Authenticated Content Distribution"): HMAC-SHA256 of the
/// request body, keyed with the subscriber's <c>hub.secret</c> (its UTF-8 bytes), in lower-case hex.
/// </summary>
public static class HubSignature
{
    public const string Header = "X-Hub-Signature";

    public const string Prefix = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
