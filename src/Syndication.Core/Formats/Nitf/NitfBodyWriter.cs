using System.Xml;
using Syndication.Core.Stories;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Writes a story as NITF's <c>body</c>: <c>body.head</c> (headline and subheadline, a byline per
/// contributor, distributor, dateline) and <c>body.content</c>. The NITF renderer writes it after the
/// document's head; the NewsML-G2 renderer carries it alone in its <c>inlineXML</c>.
/// </summary>
/// <remarks>
/// A contributor who did not write the story says so in the byline's title (<c>byttl</c>: "Editor",
/// "Reporter", "Writer"), which <see cref="NitfByline"/> reads back as the role. There is no
/// <c>body.end</c>: a tagline is text a reader sees, read back as the body's last paragraph, and the story
/// has no such text that is not already in its body.
/// </remarks>
internal static class NitfBodyWriter
{
    /// <param name="writer">Where the <c>body</c> element is written, in the NITF namespace as the default.</param>
    /// <param name="story">The story.</param>
    /// <param name="distributor">Who distributes it: the story's provider, or the publisher when the source names none.</param>
    public static void Write(XmlWriter writer, Story story, string distributor)
    {
        writer.WriteStartElement("body");
        writer.WriteStartElement("body.head");
        writer.WriteStartElement("hedline");
        writer.WriteOptionalElement("hl1", story.Headline);
        writer.WriteOptionalElement("hl2", story.Subheadline);
        writer.WriteEndElement();
        foreach (var contributor in story.Contributors)
        {
            WriteByline(writer, contributor);
        }

        writer.WriteOptionalElement("distributor", distributor);
        writer.WriteOptionalElement("dateline", story.Dateline);
        writer.WriteEndElement();

        writer.WriteStartElement("body.content");
        NitfBlockWriter.Write(writer, story);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteByline(XmlWriter writer, Contributor contributor)
    {
        writer.WriteStartElement("byline");
        if (contributor.Role == ContributorRole.Author)
        {
            writer.WriteString("By ");
            writer.WriteOptionalElement("person", contributor.Name);
        }
        else
        {
            writer.WriteOptionalElement("person", contributor.Name);
            writer.WriteString(", ");
            writer.WriteOptionalElement("byttl", NitfByline.Title(contributor.Role));
        }

        writer.WriteEndElement();
    }
}
