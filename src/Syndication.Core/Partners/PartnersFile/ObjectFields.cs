using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// The properties of one object of the partners file, by name. Reading it reports what a person got wrong
/// in its shape: a property that is not one of the known ones (with the likely one meant, for a typo), one
/// given twice, and, when asked for, one that is missing.
/// </summary>
internal sealed class ObjectFields
{
    private readonly LocatedObject _object;
    private readonly string _what;
    private readonly PartnersFileErrors _errors;
    private readonly Dictionary<string, LocatedNode> _values = new(StringComparer.Ordinal);

    private ObjectFields(LocatedObject located, string what, PartnersFileErrors errors)
    {
        _object = located;
        _what = what;
        _errors = errors;
    }

    /// <param name="node">The value that should be the object.</param>
    /// <param name="what">What the object is, for messages ("a partner", "a feed's filter").</param>
    /// <param name="known">Its property names.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The fields, or null when <paramref name="node"/> is not an object (reported).</returns>
    public static ObjectFields? Read(LocatedNode node, string what, IReadOnlyList<string> known, PartnersFileErrors errors)
    {
        if (node is not LocatedObject located)
        {
            errors.Add(node, $"expected {what} as an object {{ … }}, found {PartnersFileErrors.Describe(node)}");
            return null;
        }

        var fields = new ObjectFields(located, what, errors);
        foreach (var property in located.Properties)
        {
            var path = JsonPath.Property(located.Path, property.Name);
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(property.NamePosition, path, $"unknown property '{property.Name}' in {what}: {Suggest(property.Name, known)}");
            }
            else if (fields._values.TryGetValue(property.Name, out var first))
            {
                errors.Add(property.NamePosition, path, $"'{property.Name}' is given twice in {what}; the first is on line {first.Position.Line}");
            }
            else
            {
                fields._values.Add(property.Name, property.Value);
            }
        }

        return fields;
    }

    public LocatedNode? Optional(string name) => _values.GetValueOrDefault(name);

    /// <summary>The property's value, or null when it is missing (reported at the object).</summary>
    public LocatedNode? Required(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        _errors.Add(_object, $"{_what} needs '{name}'");
        return null;
    }

    // The known name a typo most likely meant: one or two letters off, or a name it begins
    // ("urgency" for "urgencyAtMost").
    private static string Suggest(string name, IReadOnlyList<string> known)
    {
        var lower = name.ToLowerInvariant();
        var closest = known.MinBy(candidate => EditDistance(lower, candidate.ToLowerInvariant()));
        var meant = closest is not null && EditDistance(lower, closest.ToLowerInvariant()) <= Math.Max(2, name.Length / 4)
            ? closest
            : known.FirstOrDefault(candidate => name.Length >= 3 && candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return meant is not null ? $"did you mean '{meant}'?" : $"expected one of {string.Join(", ", known)}";
    }

    // Levenshtein distance: typos in property names are a letter or two off.
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
