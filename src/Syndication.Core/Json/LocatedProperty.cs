namespace Syndication.Core.Json;

/// <summary>A property of an object: its name, where the name is, and its value.</summary>
internal sealed record LocatedProperty(string Name, TextPosition NamePosition, LocatedNode Value);
