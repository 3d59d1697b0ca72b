using System.Globalization;
using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>What a NITF <c>head</c> says about the document itself: its id, version, urgency, dates and rights.</summary>
internal sealed record NitfDocData
{
    public string? SourceId { get; init; }

    /// <summary>Who registered the id (<c>doc-id/@regsrc</c>): the agency, as it names itself.</summary>
    public string? IdSource { get; init; }

    public long? Version { get; init; }

    public int? Urgency { get; init; }

    public DateTimeOffset? Issued { get; init; }

    public DateTimeOffset? Released { get; init; }

    /// <summary>When the publication the item ran in came out (<c>pubdata/@date.publication</c>).</summary>
    public DateTimeOffset? Publication { get; init; }

    /// <summary>The item's web address (<c>pubdata/@ex-ref</c>).</summary>
    public string? Link { get; init; }

    public StoryRights Rights { get; init; } = StoryRights.None;

    public static NitfDocData Read(XElement head, XNamespace ns, ICollection<string> deviations)
    {
        var docdata = head.Element(ns + "docdata");
        var docId = docdata?.Element(ns + "doc-id");
        var duKey = docdata?.Element(ns + "du-key");
        var pubdata = head.Element(ns + "pubdata") ?? docdata?.Element(ns + "pubdata");
        return new NitfDocData
        {
            SourceId = NitfText.Of(docId, "id-string"),
            IdSource = NitfText.Of(docId, "regsrc"),
            Version = Number(NitfText.Of(duKey, "version") ?? NitfText.Of(duKey, "generation")),
            Urgency = int.TryParse(NitfText.Of(docdata?.Element(ns + "urgency"), "ed-urg"), NumberStyles.None, CultureInfo.InvariantCulture, out var urgency) ? urgency : null,
            Issued = NitfText.Date(docdata?.Element(ns + "date.issue"), "norm", deviations),
            Released = NitfText.Date(docdata?.Element(ns + "date.release"), "norm", deviations),
            Publication = NitfText.Date(pubdata, "date.publication", deviations),
            Link = NitfText.Of(pubdata, "ex-ref"),
            Rights = ReadRights(docdata, ns),
        };
    }

    private static long? Number(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The copyright line from <c>doc.copyright</c> ("© 2013 Australian Associated Press"); the terms from <c>doc.rights</c>.</summary>
    private static StoryRights ReadRights(XElement? docdata, XNamespace ns)
    {
        var copyright = docdata?.Element(ns + "doc.copyright");
        var holder = NitfText.Of(copyright, "holder");
        var year = NitfText.Of(copyright, "year");
        var line = holder is null ? null : year is null ? $"© {holder}" : $"© {year} {holder}";

        var rights = docdata?.Element(ns + "doc.rights");
        string?[] terms = [NitfText.Of(rights, "type"), NitfText.Of(rights, "limitations")];
        var usage = NitfText.NullIfBlank(string.Join(' ', terms.Where(term => term is not null)));
        return line is null && usage is null ? StoryRights.None : new StoryRights(null, line, usage);
    }
}
