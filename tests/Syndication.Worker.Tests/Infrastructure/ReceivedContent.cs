using System.Text;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>One content distribution a <see cref="LoopbackSubscriber"/> received.</summary>
/// <param name="Index">Its place among the POSTs, from 0.</param>
/// <param name="ContentType">Its Content-Type.</param>
/// <param name="Link">Its Link header.</param>
/// <param name="Signature">Its X-Hub-Signature, empty without one.</param>
/// <param name="SignatureValid">Whether the signature is the HMAC-SHA256 of the body under the subscriber's secret.</param>
/// <param name="Body">The body.</param>
internal sealed record ReceivedContent(int Index, string? ContentType, string Link, string Signature, bool SignatureValid, byte[] Body)
{
    internal string Text => Encoding.UTF8.GetString(Body);
}
