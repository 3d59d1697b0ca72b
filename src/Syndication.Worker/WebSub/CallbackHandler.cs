using System.Net;
using System.Net.Sockets;

namespace Syndication.Worker.WebSub;

/// <summary>
/// The connection handler of the clients that reach WebSub callbacks (verification and distribution): no
/// redirects, and unless private callbacks are allowed, a connection only to a public address of the
/// callback's host, resolved as the connection is made, so that a name resolving to a private address,
/// at subscription or later (DNS rebinding), is never reached.
/// </summary>
/// <remarks>
/// Implementation note: the guarded handler uses no proxy, since it checks the address it connects to and
/// through a proxy that would be the proxy's, not the callback's.
/// </remarks>
public static class CallbackHandler
{
    public static SocketsHttpHandler Create(bool allowPrivateCallbacks)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (!allowPrivateCallbacks)
        {
            handler.UseProxy = false;
            handler.ConnectCallback = ConnectPublicAsync;
        }

        return handler;
    }

    /// <summary>Connects to the first public address the host resolves to; an HttpRequestException when it has none.</summary>
    public static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        var address = addresses.FirstOrDefault(CallbackAddress.IsPublic)
            ?? throw new HttpRequestException(HttpRequestError.ConnectionError, $"The callback host {endPoint.Host} resolves only to private addresses.");
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
