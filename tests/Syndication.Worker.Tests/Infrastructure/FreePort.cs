using System.Net;
using System.Net.Sockets;

namespace Syndication.Worker.Tests.Infrastructure;

internal static class FreePort
{
    internal static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
