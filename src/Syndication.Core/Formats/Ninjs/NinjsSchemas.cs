using System.Text.Json;
using Json.Schema;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The official IPTC ninjs schemas, one per generation (the newest of each: 1.6, 2.2, 3.1), embedded in
/// the assembly and built once. Checks an item against its generation's schema and says in a sentence
/// each where it breaks it.
/// </summary>
/// <remarks>
/// Implementation note: JsonSchema.Net reads draft-06 and later, so 1.0 to 1.4 (draft-03/04) and 2.0
/// (draft-04) cannot be loaded; an item is judged by the newest schema of its generation, which accepts
/// everything the older ones did except a few tightened rules. A 1.0 item with <c>type: component</c>,
/// invalid in 1.0, passes 1.6.
/// </remarks>
internal static class NinjsSchemas
{
    private const string ResourcePrefix = "Syndication.Core.Formats.Ninjs.Schemas.";

    private static readonly EvaluationOptions s_evaluation = new() { OutputFormat = OutputFormat.Hierarchical };

    private static readonly JsonSchema s_one;
    private static readonly JsonSchema s_two;
    private static readonly JsonSchema s_three;
    private static readonly HashSet<string> s_oneProperties;
    private static readonly HashSet<string> s_twoProperties;
    private static readonly HashSet<string> s_threeProperties;

    static NinjsSchemas()
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(Resource("GeoJSON.json"), build);
        (s_one, s_oneProperties) = Load("ninjs-schema_1.6.json", build);
        (s_two, s_twoProperties) = Load("ninjs-schema_2.2.json", build);
        (s_three, s_threeProperties) = Load("ninjs-schema_3.1.json", build);
    }

    /// <summary>The schema version an item of <paramref name="generation"/> is checked against ("1.6").</summary>
    public static string VersionOf(NinjsGeneration generation) => generation switch
    {
        NinjsGeneration.One => "1.6",
        NinjsGeneration.Two => "2.2",
        _ => "3.1",
    };

    /// <summary>Whether <paramref name="name"/> is a top-level property of the generation's news object.</summary>
    public static bool Declares(NinjsGeneration generation, string name) => generation switch
    {
        NinjsGeneration.One => s_oneProperties.Contains(name) || NinjsVocabulary.IsOnePattern(name),
        NinjsGeneration.Two => s_twoProperties.Contains(name),
        _ => s_threeProperties.Contains(name),
    };

    /// <summary>
    /// Validates <paramref name="item"/> and adds a sentence per failure, except in the top-level properties
    /// the reader has already explained.
    /// </summary>
    public static void Validate(JsonElement item, NinjsGeneration generation, NinjsDeviations deviations)
    {
        var schema = generation switch
        {
            NinjsGeneration.One => s_one,
            NinjsGeneration.Two => s_two,
            _ => s_three,
        };
        var results = schema.Evaluate(item, s_evaluation);
        if (!results.IsValid)
        {
            Collect(results, generation, deviations);
        }
    }

    private static void Collect(EvaluationResults node, NinjsGeneration generation, NinjsDeviations deviations)
    {
        var found = false;
        if (node.Errors is { Count: > 0 } errors)
        {
            foreach (var message in errors.Values)
            {
                found |= Report(node, message, generation, deviations);
            }

            // The branches of a failed oneOf/anyOf are alternatives, not separate faults.
            if (errors.ContainsKey("oneOf") || errors.ContainsKey("anyOf"))
            {
                return;
            }
        }

        var failedChild = false;
        foreach (var child in node.Details ?? [])
        {
            if (!child.IsValid)
            {
                failedChild = true;
                Collect(child, generation, deviations);
            }
        }

        // A failed "not" (e.g. a rightsinfo with both linked and encoded rights) has no failing child.
        if (!found && !failedChild)
        {
            Report(node, $"it breaks the rule at {node.EvaluationPath}", generation, deviations);
        }
    }

    private static bool Report(EvaluationResults node, string message, NinjsGeneration generation, NinjsDeviations deviations)
    {
        var location = node.InstanceLocation.ToString();
        var property = TopLevelProperty(location);
        if (deviations.Explained(property))
        {
            return true;
        }

        var unevaluated = node.EvaluationPath.ToString().EndsWith("/unevaluatedProperties", StringComparison.Ordinal);
        var additional = unevaluated || node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal);

        // unevaluatedProperties sees every property of an object whose $ref failed as unevaluated: for the
        // properties the schema declares that is an echo of the real failure, reported where it happened.
        if (unevaluated && Declares(generation, LastSegment(location)))
        {
            return true;
        }

        var version = VersionOf(generation);
        var where = location.TrimStart('/');
        var sentence = additional
            ? $"\"{where}\" is not a property ninjs {version} defines."
            : location.Length == 0
                ? $"Against the ninjs {version} schema, the item: {message.TrimEnd('.')}."
                : $"Against the ninjs {version} schema, \"{where}\": {message.TrimEnd('.')}.";
        deviations.Add(property, sentence);
        return true;
    }

    private static string TopLevelProperty(string pointer)
    {
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        var end = pointer.IndexOf('/', 1);
        return (end < 0 ? pointer[1..] : pointer[1..end]).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    private static string LastSegment(string pointer) =>
        pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static (JsonSchema Schema, HashSet<string> Properties) Load(string name, BuildOptions build)
    {
        var text = Resource(name);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        // 1.x lists its properties at the root; 2.x and 3.x in $defs/ninjsType, which the root $refs.
        var owner = root.TryGetProperty("properties", out var properties)
            ? properties
            : root.GetProperty("$defs").GetProperty("ninjsType").GetProperty("properties");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in owner.EnumerateObject())
        {
            names.Add(property.Name);
        }

        return (JsonSchema.FromText(text, build), names);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(NinjsSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The ninjs schema {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
