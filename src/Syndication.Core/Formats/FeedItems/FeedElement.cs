using System.Xml.Linq;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>Values of feed elements as the readers take them: blank counts as absent.</summary>
internal static class FeedElement
{
    /// <summary>The element's text, or null when it is absent or blank.</summary>
    public static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value;

    /// <summary>The element's own xml:lang, when it has one.</summary>
    public static string? Language(XElement element) =>
        element.Attribute(XNamespace.Xml + "lang")?.Value is { Length: > 0 } language ? language : null;
}
