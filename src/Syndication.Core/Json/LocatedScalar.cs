using System.Text.Json;

namespace Syndication.Core.Json;

/// <summary>A string, number, true, false or null; <see cref="Text"/> is a string's value or a number's text as written.</summary>
internal sealed class LocatedScalar(string path, TextPosition position, int start, int end, JsonValueKind kind, string? text)
    : LocatedNode(path, position, start, end)
{
    public override JsonValueKind Kind { get; } = kind;

    public string? Text { get; } = text;
}
