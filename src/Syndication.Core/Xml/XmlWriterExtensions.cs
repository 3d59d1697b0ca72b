using System.Xml;

namespace Syndication.Core.Xml;

/// <summary>
/// Writes story text into an <see cref="XmlWriter"/> only through <see cref="XmlCharacters.Legal"/>, so no field
/// (a headline, a name, a body) can carry a character XML 1.0 forbids into a rendered document. The writer
/// escapes the rest (<c>&lt;</c>, <c>&amp;</c>, the <c>&gt;</c> of <c>]]&gt;</c>, quotes in attributes).
/// </summary>
/// <remarks>
/// Elements are written by local name, so they take the default namespace in scope: the same body markup
/// serves a NITF document and NITF carried inside a NewsML-G2 item.
/// </remarks>
internal static class XmlWriterExtensions
{
    public static void WriteText(this XmlWriter writer, string text) => writer.WriteString(XmlCharacters.Legal(text));

    /// <summary>An attribute, left out when there is no value.</summary>
    public static void WriteOptionalAttribute(this XmlWriter writer, string localName, string? value)
    {
        if (value is not null)
        {
            writer.WriteAttributeString(localName, XmlCharacters.Legal(value));
        }
    }

    /// <summary>An element holding <paramref name="text"/>, left out when there is none.</summary>
    public static void WriteOptionalElement(this XmlWriter writer, string localName, string? text)
    {
        if (text is not null)
        {
            writer.WriteStartElement(localName);
            writer.WriteText(text);
            writer.WriteEndElement();
        }
    }

    /// <summary>An empty element with one attribute, left out when there is no value.</summary>
    public static void WriteOptionalEmptyElement(this XmlWriter writer, string localName, string attribute, string? value)
    {
        if (value is not null)
        {
            writer.WriteStartElement(localName);
            writer.WriteAttributeString(attribute, XmlCharacters.Legal(value));
            writer.WriteEndElement();
        }
    }
}
