using System.Globalization;
using System.Xml;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Stories;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// A standalone NewsML-G2 2.35 <c>newsItem</c> for one published item: rights, item metadata (class,
/// provider, times, status, correction signal), content metadata (see <see cref="G2ContentMetaWriter"/>)
/// and the story as NITF in an <c>inlineXML</c>, the same body the NITF renderer writes. Valid against
/// IPTC's 2.35 schema, the inline NITF against NITF 3.6; read back by <see cref="NewsMlG2Decoder"/>.
/// </summary>
/// <remarks>
/// Implementation note: the item declares <c>conformance="power"</c>. IPTC stopped developing the Core
/// conformance level with version 2.25, so its last schema is 2.24's and a 2.35 item is a Power item; the
/// schema the item is checked against is the 2.35 Power one. The body travels as NITF rather than XHTML
/// because NITF inside <c>inlineXML</c> is checked by that schema set too, where XHTML would pass unchecked,
/// and because it keeps the byline's people and roles in the body as well.
/// </remarks>
public static class NewsMlG2Renderer
{
    /// <summary>IANA's registration for a NewsML-G2 news item.</summary>
    public const string ContentType = "application/vnd.iptc.g2.newsitem+xml; charset=utf-8";

    private const string StandardVersion = "2.35";

    /// <summary>IPTC's catalog of its NewsCodes scheme aliases (<c>ninat:</c>, <c>stat:</c>, <c>cpprole:</c>...), the one published with 2.35.</summary>
    private const string IptcCatalog = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

    /// <param name="entry">The item: its id is the item's guid, its story what the item says.</param>
    /// <param name="publisher">The organisation running the service: the item's provider, who manages it.</param>
    public static byte[] Render(FeedEntry entry, string publisher)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        return XmlOutput.Write(NitfRenderer.EstimatedSize(entry) + 1024, (entry, publisher), static (writer, item) =>
        {
            var story = item.entry.Story;
            writer.WriteStartDocument();
            writer.WriteStartElement("newsItem", G2Schema.Namespace);
            writer.WriteAttributeString("guid", SyndicationFeedFactory.EntryId(item.entry.ItemId));
            if (story.Version is >= 1)
            {
                writer.WriteAttributeString("version", story.Version.Value.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteAttributeString("standard", "NewsML-G2");
            writer.WriteAttributeString("standardversion", StandardVersion);
            writer.WriteAttributeString("conformance", "power");
            if (G2ContentMetaWriter.IsLanguageTag(story.Language))
            {
                writer.WriteAttributeString("xml", "lang", null, story.Language);
            }

            WriteCatalogs(writer, story);
            WriteRightsInfo(writer, story.Rights);
            WriteItemMeta(writer, item.entry, item.publisher);
            G2ContentMetaWriter.Write(writer, story);
            WriteContentSet(writer, story, story.Provider ?? item.publisher);
            writer.WriteEndElement();
        });
    }

    private static void WriteCatalogs(XmlWriter writer, Story story)
    {
        writer.WriteStartElement("catalogRef");
        writer.WriteAttributeString("href", IptcCatalog);
        writer.WriteEndElement();
        if (G2ContentMetaWriter.UsesHeadlineRoles(story))
        {
            writer.WriteStartElement("catalog");
            writer.WriteStartElement("scheme");
            writer.WriteAttributeString("alias", G2ContentMetaWriter.HeadlineRoleAlias);
            writer.WriteAttributeString("uri", G2ContentMetaWriter.HeadlineRoleScheme);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    /// <summary>The copyright notice as written and its holder; exclusivity and the usage terms as usage terms.</summary>
    private static void WriteRightsInfo(XmlWriter writer, StoryRights rights)
    {
        if (rights == StoryRights.None)
        {
            return;
        }

        writer.WriteStartElement("rightsInfo");
        if (rights.Copyright is { } line)
        {
            writer.WriteStartElement("copyrightHolder");
            writer.WriteOptionalElement("name", G2ContentMetaWriter.Line(CopyrightLine.Parse(line).Holder));
            writer.WriteEndElement();
            writer.WriteOptionalElement("copyrightNotice", line);
        }

        writer.WriteOptionalElement("usageTerms", rights.ExclusiveTo is { } exclusiveTo ? ExclusivityLine.Write(exclusiveTo) : null);
        writer.WriteOptionalElement("usageTerms", rights.UsageTerms);
        writer.WriteEndElement();
    }

    private static void WriteItemMeta(XmlWriter writer, FeedEntry entry, string publisher)
    {
        var story = entry.Story;
        writer.WriteStartElement("itemMeta");
        writer.WriteStartElement("itemClass");
        writer.WriteAttributeString("qcode", "ninat:text");
        writer.WriteEndElement();

        writer.WriteStartElement("provider");
        writer.WriteOptionalElement("name", G2ContentMetaWriter.Line(publisher));
        writer.WriteEndElement();

        writer.WriteElementString("versionCreated", G2DateTime.Format(story.Updated?.ToDateTimeOffset() ?? entry.Updated));
        writer.WriteElementString("firstCreated", G2DateTime.Format(story.Published?.ToDateTimeOffset() ?? entry.Published));
        if (story.Embargo is { } embargo)
        {
            writer.WriteElementString("embargoed", G2DateTime.Format(embargo.ToDateTimeOffset()));
        }

        writer.WriteStartElement("pubStatus");
        writer.WriteAttributeString("qcode", story.PubStatus switch
        {
            PubStatus.Withheld => "stat:withheld",
            PubStatus.Canceled => "stat:canceled",
            _ => "stat:usable",
        });
        writer.WriteEndElement();

        if (story.IsCorrection)
        {
            writer.WriteStartElement("signal");
            writer.WriteAttributeString("qcode", "sig:correction");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteContentSet(XmlWriter writer, Story story, string distributor)
    {
        writer.WriteStartElement("contentSet");
        writer.WriteStartElement("inlineXML");
        writer.WriteAttributeString("contenttype", "application/nitf+xml");
        if (story.WordCount >= 0)
        {
            writer.WriteAttributeString("wordcount", story.WordCount.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteStartElement("nitf", NitfSchema.Namespace.NamespaceName);
        NitfBodyWriter.Write(writer, story, distributor);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
