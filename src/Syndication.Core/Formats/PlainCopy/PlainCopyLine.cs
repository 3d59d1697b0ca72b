namespace Syndication.Core.Formats.PlainCopy;

/// <summary>One visible line of plain copy: its text, trimmed, and how deeply it was indented.</summary>
internal readonly record struct PlainCopyLine(string Text, int Indent);
