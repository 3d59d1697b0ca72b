namespace Syndication.Core.Json;

/// <summary>Where a token starts in a text: 1-based line and column, the column counted in UTF-16 characters as editors count.</summary>
internal readonly record struct TextPosition(int Line, int Column);
