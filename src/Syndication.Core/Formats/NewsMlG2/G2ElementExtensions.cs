using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// Finds NewsML-G2 elements and attributes by local name, whatever namespace or prefix the sender put
/// them in: the IPTC namespace, an <c>ns0:</c> prefix (Reuters) or none at all (TT).
/// </summary>
internal static class G2ElementExtensions
{
    public static XElement? Child(this XElement element, string localName)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                yield return child;
            }
        }
    }

    /// <summary>The first descendant with the local name, depth first.</summary>
    public static XElement? Descendant(this XElement element, string localName)
    {
        foreach (var descendant in element.Descendants())
        {
            if (descendant.Name.LocalName == localName)
            {
                return descendant;
            }
        }

        return null;
    }

    /// <summary>An attribute in no namespace (G2 attributes are unqualified), trimmed; null when absent or blank.</summary>
    public static string? AttributeText(this XElement element, string localName) => NonBlank(element.Attribute(localName)?.Value);

    /// <summary>The element's text trimmed; null when the element is absent or blank.</summary>
    public static string? Text(this XElement? element) => NonBlank(element?.Value);

    /// <summary>The text of the element's first <c>name</c> child, the human-readable label of a G2 concept.</summary>
    public static string? ConceptName(this XElement element) => element.Child("name").Text();

    /// <summary>The part of a QCode after its scheme alias: "usable" for "stat:usable".</summary>
    public static string? QCodeValue(this XElement? element)
    {
        var qcode = element?.AttributeText("qcode");
        var colon = qcode?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon < 0 ? qcode : qcode![(colon + 1)..];
    }

    private static string? NonBlank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
