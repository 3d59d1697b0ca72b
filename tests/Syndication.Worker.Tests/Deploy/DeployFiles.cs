using System.Text.Json.Nodes;
using Syndication.Worker.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Syndication.Worker.Tests.Deploy;

/// <summary>The files under <c>deploy/</c>, and YAML read as JSON nodes to walk them.</summary>
internal static class DeployFiles
{
    internal static string Directory => Path.Combine(RepositoryPaths.Root, "deploy");

    internal static string File(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Every document of a YAML text, each as a JSON node (YamlDotNet parses; JSON is easier to walk).</summary>
    internal static IReadOnlyList<JsonNode> Yaml(string text)
    {
        var documents = new List<JsonNode>();
        var parser = new Parser(new StringReader(text));
        // Unquoted scalars typed as YAML 1.2 reads them (2 is a number, true a boolean), as Kubernetes does.
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        var json = new SerializerBuilder().JsonCompatible().Build();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var document = deserializer.Deserialize<object>(parser);
            if (document is not null)
            {
                documents.Add(JsonNode.Parse(json.Serialize(document))!);
            }
        }

        return documents;
    }

    internal static JsonNode YamlFile(string relativePath) => Yaml(System.IO.File.ReadAllText(File(relativePath))).ShouldHaveSingleItem();
}
