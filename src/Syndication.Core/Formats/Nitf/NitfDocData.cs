using System.Globalization;
using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>What a NITF <c>head</c> says about the document itself: its id, version, urgency, dates, credit and rights.</summary>
internal sealed record NitfDocData
{
    /// <summary>The <c>doc.rights/@type</c> that says its owner alone may publish the document.</summary>
    public const string ExclusiveRightsType = "exclusive";

    /// <summary>The <c>meta/@name</c> of the credit line.</summary>
    public const string CreditMetaName = "credit";

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

    /// <summary>Who the story is credited to: a <c>meta</c> named "credit", NITF having no element for it.</summary>
    public string? Credit { get; init; }

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
            Credit = NitfText.Of(head.Elements(ns + "meta").FirstOrDefault(meta => NitfText.Of(meta, "name") == CreditMetaName), "content"),
        };
    }

    private static long? Number(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The copyright line from <c>doc.copyright</c> ("© 2013 Australian Associated Press"); exclusivity from
    /// a <c>doc.rights</c> of type "exclusive", whose owner is the one organisation that may publish the
    /// story; the terms from the first other <c>doc.rights</c>.
    /// </summary>
    private static StoryRights ReadRights(XElement? docdata, XNamespace ns)
    {
        var copyright = docdata?.Element(ns + "doc.copyright");
        var holder = NitfText.Of(copyright, "holder");
        var year = NitfText.Of(copyright, "year");
        var line = holder is null ? null : year is null ? $"© {holder}" : $"© {year} {holder}";

        string? exclusiveTo = null;
        string? usage = null;
        foreach (var rights in docdata?.Elements(ns + "doc.rights") ?? [])
        {
            var type = NitfText.Of(rights, "type");
            if (string.Equals(type, ExclusiveRightsType, StringComparison.OrdinalIgnoreCase))
            {
                exclusiveTo ??= NitfText.Of(rights, "owner");
                continue;
            }

            string?[] terms = [type, NitfText.Of(rights, "limitations")];
            usage ??= NitfText.NullIfBlank(string.Join(' ', terms.Where(term => term is not null)));
        }

        return line is null && usage is null && exclusiveTo is null ? StoryRights.None : new StoryRights(exclusiveTo, line, usage);
    }
}
