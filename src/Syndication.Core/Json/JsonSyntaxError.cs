namespace Syndication.Core.Json;

/// <summary>Where a text stops being JSON, and the reader's explanation.</summary>
internal sealed record JsonSyntaxError(TextPosition Position, string Message);
