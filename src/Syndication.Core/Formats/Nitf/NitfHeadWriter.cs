using System.Globalization;
using System.Xml;
using Syndication.Core.Feeds;
using Syndication.Core.Stories;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Writes NITF's <c>head</c> for a published item: title, credit, IPTC subject codes, and in
/// <c>docdata</c> its id, urgency, dates, version, rights, keywords, other subjects and places, and what
/// the version is (usable, embargoed, withheld, killed, a correction); <c>pubdata</c> links the source.
/// Every value is written where <see cref="NitfDecoder"/> reads it back.
/// </summary>
/// <remarks>
/// Implementation note: NITF has no field for a credit line, so it goes in a <c>meta</c> named "credit",
/// the construct NITF leaves to each provider's own metadata. Only IPTC Subject Codes go in
/// <c>tobject.subject</c>, NITF's own subject system, whose code must be a name token; other schemes'
/// codes (Media Topics, an agency's own) and subjects without a code go in <c>identified-content</c> as
/// classifiers, which keep any code whole. The version's time (<see cref="Story.Updated"/>) has no place:
/// <c>date.issue</c> is when the item was first issued.
/// </remarks>
internal static class NitfHeadWriter
{
    private const string IptcSubjectScheme = "subj:";

    public static void Write(XmlWriter writer, FeedEntry entry, string publisher)
    {
        var story = entry.Story;
        writer.WriteStartElement("head");
        writer.WriteOptionalElement("title", story.Headline);
        if (story.Credit is { } credit)
        {
            writer.WriteStartElement("meta");
            writer.WriteAttributeString("name", NitfDocData.CreditMetaName);
            writer.WriteOptionalAttribute("content", credit);
            writer.WriteEndElement();
        }

        WriteSubjectCodes(writer, story.Subjects);
        WriteDocData(writer, entry, publisher);
        if (story.SourceUri is { } link)
        {
            writer.WriteStartElement("pubdata");
            writer.WriteAttributeString("type", "web");
            writer.WriteOptionalAttribute("ex-ref", link);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteDocData(XmlWriter writer, FeedEntry entry, string publisher)
    {
        var story = entry.Story;
        var id = SyndicationFeedFactory.EntryId(entry.ItemId);
        writer.WriteStartElement("docdata");
        writer.WriteAttributeString("management-status", ManagementStatus(story));

        writer.WriteStartElement("doc-id");
        writer.WriteOptionalAttribute("regsrc", publisher);
        writer.WriteOptionalAttribute("id-string", id);
        writer.WriteEndElement();

        writer.WriteOptionalEmptyElement("urgency", "ed-urg", story.Urgency?.ToString(CultureInfo.InvariantCulture));
        writer.WriteOptionalEmptyElement("date.issue", "norm", NitfDate.Format(story.Published?.ToDateTimeOffset() ?? entry.Published));
        writer.WriteOptionalEmptyElement("date.release", "norm", story.Embargo is { } embargo ? NitfDate.Format(embargo.ToDateTimeOffset()) : null);

        writer.WriteStartElement("du-key");
        writer.WriteOptionalAttribute("key", story.Slug);
        writer.WriteOptionalAttribute("version", story.Version?.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();

        WriteRights(writer, story.Rights);
        WriteKeywords(writer, story.Keywords);
        WriteIdentifiedContent(writer, story);
        WriteStatusMessages(writer, story, id, publisher);
        writer.WriteEndElement();
    }

    /// <summary>NITF's statuses: usable, embargoed, withheld and canceled, as <see cref="NitfStatus"/> reads them.</summary>
    private static string ManagementStatus(Story story) => story.PubStatus switch
    {
        PubStatus.Canceled => "canceled",
        PubStatus.Withheld => "withheld",
        _ => story.Embargo is null ? "usable" : "embargoed",
    };

    /// <summary>
    /// The copyright line as year and holder; exclusivity as rights of type "exclusive" owned by the one
    /// organisation that may publish the story; the usage terms as the limitations of the story's use.
    /// </summary>
    private static void WriteRights(XmlWriter writer, StoryRights rights)
    {
        if (rights.Copyright is { } line)
        {
            var copyright = CopyrightLine.Parse(line);
            writer.WriteStartElement("doc.copyright");
            writer.WriteOptionalAttribute("year", copyright.Year);
            writer.WriteOptionalAttribute("holder", copyright.Holder);
            writer.WriteEndElement();
        }

        if (rights.ExclusiveTo is { } exclusiveTo)
        {
            writer.WriteStartElement("doc.rights");
            writer.WriteOptionalAttribute("owner", exclusiveTo);
            writer.WriteAttributeString("type", NitfDocData.ExclusiveRightsType);
            writer.WriteEndElement();
        }

        writer.WriteOptionalEmptyElement("doc.rights", "limitations", rights.UsageTerms);
    }

    private static void WriteKeywords(XmlWriter writer, IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0)
        {
            return;
        }

        writer.WriteStartElement("key-list");
        foreach (var keyword in keywords)
        {
            writer.WriteOptionalEmptyElement("keyword", "key", keyword);
        }

        writer.WriteEndElement();
    }

    private static void WriteSubjectCodes(XmlWriter writer, IReadOnlyList<Subject> subjects)
    {
        var codes = subjects.Where(subject => IsIptcSubjectCode(subject.Code)).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        writer.WriteStartElement("tobject");
        foreach (var subject in codes)
        {
            var refnum = subject.Code![IptcSubjectScheme.Length..];
            writer.WriteStartElement("tobject.subject");
            writer.WriteAttributeString("tobject.subject.ipr", "IPTC");
            writer.WriteAttributeString("tobject.subject.refnum", refnum);
            writer.WriteOptionalAttribute(LevelAttribute(refnum), subject.Name);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>Subject Codes are 8 digits: a subject "ss000000", a matter "ssmmm000", a detail "ssmmmddd"; the name goes on its level.</summary>
    private static string LevelAttribute(string refnum) =>
        refnum.EndsWith("000000", StringComparison.Ordinal) ? "tobject.subject.type"
        : refnum.EndsWith("000", StringComparison.Ordinal) ? "tobject.subject.matter"
        : "tobject.subject.detail";

    private static bool IsIptcSubjectCode(string? code) =>
        code is not null && code.Length > IptcSubjectScheme.Length && code.StartsWith(IptcSubjectScheme, StringComparison.Ordinal)
            && !code.AsSpan(IptcSubjectScheme.Length).ContainsAnyExceptInRange('0', '9');

    private static void WriteIdentifiedContent(XmlWriter writer, Story story)
    {
        var classifiers = story.Subjects.Where(subject => !IsIptcSubjectCode(subject.Code)).ToList();
        if (classifiers.Count == 0 && story.Places.Count == 0)
        {
            return;
        }

        writer.WriteStartElement("identified-content");
        foreach (var subject in classifiers)
        {
            var (scheme, value) = SplitCode(subject.Code);
            writer.WriteStartElement("classifier");
            writer.WriteOptionalAttribute("idsrc", scheme);
            writer.WriteOptionalAttribute("value", value);
            if (subject.Name is { } name)
            {
                writer.WriteText(name);
            }

            writer.WriteEndElement();
        }

        foreach (var place in story.Places)
        {
            var (scheme, value) = SplitCode(place.Code);
            writer.WriteStartElement("location");
            writer.WriteOptionalAttribute("code-source", scheme);
            writer.WriteOptionalAttribute("location-code", value);
            writer.WriteText(place.Name);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>"medtop:20000763" as its scheme and code; a code with no scheme before a colon is all code.</summary>
    private static (string? Scheme, string? Value) SplitCode(string? code)
    {
        var colon = code?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && colon < code!.Length - 1 ? (code[..colon], code[(colon + 1)..]) : (null, code);
    }

    /// <summary>A correction, an embargo and a kill, each also said in words to the editor who receives the item.</summary>
    private static void WriteStatusMessages(XmlWriter writer, Story story, string id, string publisher)
    {
        if (story.IsCorrection)
        {
            writer.WriteStartElement("correction");
            writer.WriteAttributeString("info", "This version corrects an earlier version of the item.");
            writer.WriteOptionalAttribute("id-string", id);
            writer.WriteOptionalAttribute("regsrc", publisher);
            writer.WriteEndElement();
        }

        if (story.Embargo is { } embargo)
        {
            WriteEditorsMessage(writer, "embargo", string.Create(CultureInfo.InvariantCulture, $"Embargoed until {embargo.ToDateTimeOffset():yyyy-MM-dd HH:mm zzz}."));
        }

        if (story.PubStatus == PubStatus.Canceled)
        {
            WriteEditorsMessage(writer, "kill", "KILL: withdrawn by its source. Remove it wherever it was published.");
        }
    }

    private static void WriteEditorsMessage(XmlWriter writer, string type, string info)
    {
        writer.WriteStartElement("ed-msg");
        writer.WriteAttributeString("msg-type", type);
        writer.WriteAttributeString("info", info);
        writer.WriteEndElement();
    }
}
