namespace Syndication.Worker.Configuration;

/// <summary>Checks the shape of a Kafka bootstrap list: <c>host:port[,host:port…]</c>.</summary>
public static class BootstrapServerList
{
    public static bool IsValid(string servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var entries = servers.Split(',', StringSplitOptions.TrimEntries);
        return entries.Length > 0 && entries.All(IsHostAndPort);
    }

    private static bool IsHostAndPort(string entry)
    {
        var colon = entry.LastIndexOf(':');
        return colon > 0
            && int.TryParse(entry.AsSpan(colon + 1), out var port)
            && port is > 0 and <= 65535
            && Uri.CheckHostName(entry[..colon].Trim('[', ']')) != UriHostNameType.Unknown;
    }
}
