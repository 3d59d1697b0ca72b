using System.Text.Json;

namespace Syndication.Core.Json;

internal sealed class LocatedArray(string path, TextPosition position, int start, int end, IReadOnlyList<LocatedNode> items)
    : LocatedNode(path, position, start, end)
{
    public override JsonValueKind Kind => JsonValueKind.Array;

    public IReadOnlyList<LocatedNode> Items { get; } = items;
}
