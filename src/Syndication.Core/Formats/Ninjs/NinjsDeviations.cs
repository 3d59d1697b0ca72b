namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The ways one ninjs item breaks its schema, one sentence each, capped so a broken feed cannot flood the
/// story page. Remembers which top-level properties were already explained, so the schema validator does
/// not repeat in its own words what the reader said.
/// </summary>
internal sealed class NinjsDeviations
{
    public const int Max = 10;

    private readonly List<string> _sentences = [];
    private readonly HashSet<string> _properties = new(StringComparer.Ordinal);
    private int _dropped;

    public bool Any => _sentences.Count > 0;

    /// <summary>Records a deviation found in <paramref name="property"/>, a top-level property name.</summary>
    public void Add(string property, string sentence)
    {
        _properties.Add(property);
        if (_sentences.Contains(sentence))
        {
            return;
        }

        if (_sentences.Count < Max)
        {
            _sentences.Add(sentence);
        }
        else
        {
            _dropped++;
        }
    }

    public bool Explained(string property) => _properties.Contains(property);

    public IReadOnlyList<string> ToList()
    {
        if (_dropped == 0)
        {
            return [.. _sentences];
        }

        return [.. _sentences, $"{_dropped} more deviations from the schema are not listed."];
    }
}
