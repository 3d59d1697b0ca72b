using System.Net;

namespace Syndication.Worker.WebSub;

/// <summary>
/// Whether a WebSub callback may be reached at an address: only public ones unless
/// <c>WebSub:AllowPrivateCallbacks</c>, so that a subscriber cannot have the hub GET or POST the hub's own
/// machine, its network or the cloud's metadata service (169.254.169.254).
/// </summary>
public static class CallbackAddress
{
    // Unspecified, private, shared (carrier-grade NAT), loopback, link-local, multicast and reserved
    // (broadcast included), in each family.
    private static readonly IPNetwork[] s_nonPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>False for an address in a non-public range, an IPv4-mapped IPv6 one included.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return !s_nonPublic.Any(network => network.Contains(plain));
    }

    /// <summary>
    /// False for a callback whose host says at sight that it is not public: an IP literal in a non-public
    /// range, or <c>localhost</c> and its subdomains (RFC 6761). A name that resolves to a private address
    /// is caught when connecting (<see cref="CallbackHandler"/>).
    /// </summary>
    public static bool IsPublicHost(Uri callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return IPAddress.TryParse(callback.DnsSafeHost, out var address) && IsPublic(address);
        }

        var host = callback.DnsSafeHost.TrimEnd('.');
        return !host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }
}
