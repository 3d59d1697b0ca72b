using System.Xml.Linq;

namespace Syndication.Core.Formats.Nitf;

/// <summary>Reads the text NITF gives in elements and attributes: trimmed, and null where there is none.</summary>
internal static class NitfText
{
    public static string? Of(XElement? element) => NullIfBlank(element?.Value);

    public static string? Of(XElement? element, string attribute) => NullIfBlank(element?.Attribute(attribute)?.Value);

    public static string? NullIfBlank(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>A date attribute (<c>norm</c>, <c>date.publication</c>), with a deviation when it is there but cannot be placed in time.</summary>
    public static DateTimeOffset? Date(XElement? element, string attribute, ICollection<string> deviations)
    {
        var text = Of(element, attribute);
        if (text is null)
        {
            return null;
        }

        if (NitfDate.TryParse(text, out var date, out var missingOffset))
        {
            return date;
        }

        deviations.Add(missingOffset
            ? $"{element!.Name.LocalName}/@{attribute} \"{text}\" names no UTC offset, which NITF requires; it was left out rather than guessed."
            : $"{element!.Name.LocalName}/@{attribute} \"{text}\" is not an ISO 8601 date; it was left out.");
        return null;
    }
}
