using System.Text.Json;

namespace Syndication.Core.Json;

/// <summary>A JSON value with where it is: its JSON path, its position, and the bytes it spans.</summary>
/// <remarks>
/// Implementation note: System.Text.Json's document types keep no positions, and a file people edit by hand
/// wants every error reported at its line; a small tree of its own, built in one pass of
/// <see cref="Utf8JsonReader"/>, keeps them.
/// </remarks>
internal abstract class LocatedNode(string path, TextPosition position, int start, int end)
{
    /// <summary>The value's JSON path from the root (<c>$.partners[1].feeds[0].format</c>).</summary>
    public string Path { get; } = path;

    public TextPosition Position { get; } = position;

    /// <summary>The offset of the value's first byte in the UTF-8 text.</summary>
    public int Start { get; } = start;

    /// <summary>The offset just after the value's last byte.</summary>
    public int End { get; } = end;

    public abstract JsonValueKind Kind { get; }
}
