using Syndication.Core.Feeds;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// NITF 3.6 for one published item: a <c>head</c> of metadata (see <see cref="NitfHeadWriter"/>) and a
/// <c>body</c> of the story (see <see cref="NitfBodyWriter"/>), valid against IPTC's NITF 3.6 XSD, and
/// read back by <see cref="NitfDecoder"/> into the same story, but for what NITF has no place for.
/// </summary>
public static class NitfRenderer
{
    /// <summary>
    /// The media type IPTC gives NITF (the <c>contenttype</c> its NewsML-G2 guidelines put on inline NITF).
    /// IANA registers none for it; its <c>application/vnd.nitf</c> is another NITF, the imagery format.
    /// </summary>
    public const string ContentType = "application/nitf+xml; charset=utf-8";

    /// <param name="entry">The item: its id names the document, its story is what the document says.</param>
    /// <param name="publisher">The organisation running the service: it registered the document's id, and distributes the story when the source names no provider.</param>
    public static byte[] Render(FeedEntry entry, string publisher)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        return XmlOutput.Write(EstimatedSize(entry), (entry, publisher), static (writer, item) =>
        {
            var story = item.entry.Story;
            writer.WriteStartDocument();
            writer.WriteStartElement("nitf", NitfSchema.Namespace.NamespaceName);
            writer.WriteAttributeString("version", NitfSchema.Version);
            writer.WriteOptionalAttribute("baselang", story.Language);
            NitfHeadWriter.Write(writer, item.entry, item.publisher);
            NitfBodyWriter.Write(writer, story, story.Provider ?? item.publisher);
            writer.WriteEndElement();
        });
    }

    /// <summary>The body and about two kilobytes of markup and metadata around it.</summary>
    internal static int EstimatedSize(FeedEntry entry) =>
        2048 + (entry.Story.BodyHtml?.Length ?? entry.Story.Paragraphs.Sum(paragraph => paragraph.Length + 7));
}
