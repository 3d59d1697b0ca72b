using System.Globalization;
using System.Text;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>One request a <see cref="LoopbackPartner"/> received.</summary>
/// <param name="Index">Its place among the partner's requests, from 0.</param>
/// <param name="ArrivedAt">When it arrived, on the real clock.</param>
/// <param name="Path">The request path.</param>
/// <param name="IdempotencyKey">Its <c>Idempotency-Key</c>.</param>
/// <param name="Timestamp">Its <c>X-Syndication-Timestamp</c>.</param>
/// <param name="SignatureValid">Whether its <c>X-Syndication-Signature</c> is the HMAC of the timestamp, a dot and the body under the partner's secret.</param>
/// <param name="Kind">Its <c>X-Syndication-Kind</c>.</param>
/// <param name="ContentType">Its content type.</param>
/// <param name="Body">Its body.</param>
/// <param name="TraceParent">Its W3C <c>traceparent</c>, or null without one.</param>
internal sealed record ReceivedPush(
    int Index, DateTimeOffset ArrivedAt, string Path, string IdempotencyKey, string Timestamp, bool SignatureValid, string Kind, string? ContentType, byte[] Body,
    string? TraceParent = null)
{
    internal string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The item id, the key's part before the colon.</summary>
    internal string ItemId => IdempotencyKey[..IdempotencyKey.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>The version, the key's part after the colon.</summary>
    internal long Version => long.Parse(IdempotencyKey[(IdempotencyKey.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
}
