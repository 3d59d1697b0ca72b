using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>Remembers who first used each value that must be unique, so a second use can say where the first is.</summary>
internal sealed class FirstClaims(IEqualityComparer<string> comparer)
{
    private readonly Dictionary<string, (string Owner, LocatedNode Node)> _first = new(comparer);

    /// <summary>Claims <paramref name="key"/> for <paramref name="owner"/>; returns the earlier claim, if there was one.</summary>
    public (string Owner, LocatedNode Node)? Claim(string key, string owner, LocatedNode node)
    {
        if (_first.TryGetValue(key, out var first))
        {
            return first;
        }

        _first.Add(key, (owner, node));
        return null;
    }
}
