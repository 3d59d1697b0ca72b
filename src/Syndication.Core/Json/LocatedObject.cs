using System.Text.Json;

namespace Syndication.Core.Json;

/// <summary>An object, its properties in the order written, duplicates included (whoever reads it decides about them).</summary>
internal sealed class LocatedObject(string path, TextPosition position, int start, int end, IReadOnlyList<LocatedProperty> properties)
    : LocatedNode(path, position, start, end)
{
    public override JsonValueKind Kind => JsonValueKind.Object;

    public IReadOnlyList<LocatedProperty> Properties { get; } = properties;
}
