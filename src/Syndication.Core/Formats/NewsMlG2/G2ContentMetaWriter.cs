using System.Buffers;
using System.Globalization;
using System.Xml;
using Syndication.Core.Stories;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>
/// Writes a newsItem's <c>contentMeta</c>: urgency, places, the story's source and people, then language,
/// keywords, subjects, slugline, headlines, dateline, byline and credit line, where <see cref="NewsItemReader"/>
/// reads each back.
/// </summary>
/// <remarks>
/// Implementation note: roles are IPTC's Content Production Party Role codes (<c>cpprole:</c>): an author
/// and a writer are both <c>cpprole:author</c>, the vocabulary having no code for a writer of others'
/// reporting, so a writer is read back as an author; a reporter is a <c>cpprole:correspondent</c> and an
/// editor a <c>contributor</c> with <c>cpprole:editor</c>. Subjects and places keep a code that is a QCode
/// or a web address; any other code (a bare "US", a code with spaces) has no G2 form but the concept's
/// literal, which is read back as a name, never as a code. IPTC has no codes for headline roles, so the
/// sub-headline and the kicker use a scheme of our own, declared in the item's catalog under a URN: the
/// service runs no vocabulary server to give it a web address.
/// </remarks>
internal static class G2ContentMetaWriter
{
    /// <summary>The scheme of the headline roles IPTC has no codes for: sub-headline and kicker.</summary>
    public const string HeadlineRoleAlias = "hdlrole";

    public const string HeadlineRoleScheme = "urn:syndication:newscodes:headlinerole:";

    /// <summary>The whitespace an <c>xs:pattern</c> <c>\s</c> means; a QCode holds none.</summary>
    private static readonly SearchValues<char> s_patternSpace = SearchValues.Create(" \t\r\n");

    private static readonly SearchValues<char> s_letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> s_alphanumeric = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static void Write(XmlWriter writer, Story story)
    {
        writer.WriteStartElement("contentMeta");
        if (story.Urgency is >= 1 and <= 9)
        {
            writer.WriteElementString("urgency", story.Urgency.Value.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var place in story.Places)
        {
            WriteConcept(writer, "located", place.Code, place.Name);
        }

        if (story.Provider is { } provider)
        {
            WriteParty(writer, "infoSource", "cpprole:origcont", provider);
        }

        foreach (var contributor in story.Contributors)
        {
            var (element, role) = contributor.Role switch
            {
                ContributorRole.Reporter => ("creator", "cpprole:correspondent"),
                ContributorRole.Editor => ("contributor", "cpprole:editor"),
                _ => ("creator", "cpprole:author"),
            };
            WriteParty(writer, element, role, contributor.Name);
        }

        if (IsLanguageTag(story.Language))
        {
            writer.WriteStartElement("language");
            writer.WriteAttributeString("tag", story.Language);
            writer.WriteEndElement();
        }

        foreach (var keyword in story.Keywords)
        {
            writer.WriteOptionalElement("keyword", Line(keyword));
        }

        foreach (var subject in story.Subjects)
        {
            WriteConcept(writer, "subject", subject.Code, subject.Name);
        }

        writer.WriteOptionalElement("slugline", Line(story.Slug));
        writer.WriteOptionalElement("headline", Line(story.Headline));
        WriteHeadline(writer, "subheadline", story.Subheadline);
        WriteHeadline(writer, "kicker", story.Kicker);
        writer.WriteOptionalElement("dateline", Line(story.Dateline));
        writer.WriteOptionalElement("by", Byline(story.Contributors));
        writer.WriteOptionalElement("creditline", Line(story.Credit));
        writer.WriteEndElement();
    }

    /// <summary>Whether the story has a headline that needs <see cref="HeadlineRoleScheme"/> declared.</summary>
    public static bool UsesHeadlineRoles(Story story) => story.Subheadline is not null || story.Kicker is not null;

    private static void WriteHeadline(XmlWriter writer, string role, string? text)
    {
        if (text is not null)
        {
            writer.WriteStartElement("headline");
            writer.WriteAttributeString("role", $"{HeadlineRoleAlias}:{role}");
            writer.WriteText(Line(text)!);
            writer.WriteEndElement();
        }
    }

    private static void WriteParty(XmlWriter writer, string element, string role, string name)
    {
        writer.WriteStartElement(element);
        writer.WriteAttributeString("role", role);
        writer.WriteOptionalElement("name", Line(name));
        writer.WriteEndElement();
    }

    /// <summary>
    /// A concept by its code: a web address as <c>uri</c>, a QCode as <c>qcode</c>, any other code as a
    /// <c>literal</c>; a concept without a code is its name as the literal.
    /// </summary>
    public static void WriteConcept(XmlWriter writer, string element, string? code, string? name)
    {
        writer.WriteStartElement(element);
        if (Uri.TryCreate(code, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            writer.WriteOptionalAttribute("uri", code);
        }
        else if (IsQCode(code))
        {
            writer.WriteOptionalAttribute("qcode", code);
        }
        else
        {
            writer.WriteOptionalAttribute("literal", Line(code ?? name));
        }

        writer.WriteOptionalElement("name", Line(name));
        writer.WriteEndElement();
    }

    /// <summary>G2's <c>QCodeType</c>: a scheme alias, a colon and a code, no whitespace.</summary>
    private static bool IsQCode(string? code)
    {
        var colon = code?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && colon < code!.Length - 1 && !code.AsSpan().ContainsAny(s_patternSpace);
    }

    /// <summary><c>xs:language</c>, which <c>language/@tag</c> and <c>xml:lang</c> must be.</summary>
    public static bool IsLanguageTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        foreach (var range in tag.AsSpan().Split('-'))
        {
            var part = tag.AsSpan()[range];
            if (part.Length is 0 or > 8 || part.ContainsAnyExcept(s_alphanumeric) || (range.Start.Value == 0 && part.ContainsAnyExcept(s_letters)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"By A, B and C": the people who wrote or reported the story, not its editors.</summary>
    private static string? Byline(IReadOnlyList<Contributor> contributors)
    {
        var names = contributors.Where(contributor => contributor.Role != ContributorRole.Editor).Select(author => author.Name).ToList();
        return names.Count switch
        {
            0 => null,
            1 => Line("By " + names[0]),
            _ => Line($"By {string.Join(", ", names[..^1])} and {names[^1]}"),
        };
    }

    /// <summary>
    /// The text on one line: most G2 strings (<c>g2normalizedString</c>) hold no tab or line break. A
    /// normalized story has none; any other gets a space for each.
    /// </summary>
    public static string? Line(string? text) =>
        text is null || !text.AsSpan().ContainsAny('\t', '\r', '\n') ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
