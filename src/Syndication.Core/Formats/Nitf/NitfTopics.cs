using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// What a NITF document is about: IPTC subject codes (<c>tobject.subject</c>), classifiers, keywords
/// (<c>key-list</c>, <c>doc-scope</c>, the people and organisations of <c>identified-content</c>) and
/// places (<c>evloc</c>, <c>identified-content/location</c>).
/// </summary>
internal sealed record NitfTopics(IReadOnlyList<Subject> Subjects, IReadOnlyList<string> Keywords, IReadOnlyList<Place> Places)
{
    /// <summary>The most of each list read from one document; more is a malformed or hostile file.</summary>
    public const int MaxEach = 100;

    public static NitfTopics Read(XElement head, XNamespace ns, ICollection<string> deviations)
    {
        var docdata = head.Element(ns + "docdata");
        var subjects = new List<Subject>();
        var keywords = new List<string>();
        var places = new List<Place>();

        foreach (var subject in head.Elements(ns + "tobject").Elements(ns + "tobject.subject"))
        {
            AddSubject(subjects, subject);
        }

        foreach (var keyword in docdata?.Elements(ns + "key-list").Elements(ns + "keyword") ?? [])
        {
            Add(keywords, NitfText.Of(keyword, "key"));
        }

        foreach (var scope in docdata?.Elements(ns + "doc-scope") ?? [])
        {
            Add(keywords, NitfText.Of(scope, "scope"));
        }

        foreach (var evloc in docdata?.Elements(ns + "evloc") ?? [])
        {
            AddEventLocation(places, evloc);
        }

        foreach (var identified in docdata?.Elements(ns + "identified-content").Elements() ?? [])
        {
            switch (identified.Name.LocalName)
            {
                case "location" when NitfText.Of(identified) is { } name:
                    Add(places, new Place(name, Code(NitfText.Of(identified, "code-source"), NitfText.Of(identified, "location-code"))));
                    break;
                case "person" or "org" or "event" or "object.title":
                    Add(keywords, NitfText.Of(identified));
                    break;
                case "classifier":
                    var code = Code(NitfText.Of(identified, "idsrc"), NitfText.Of(identified, "value"));
                    var text = NitfText.Of(identified);
                    if (code is not null || text is not null)
                    {
                        Add(subjects, new Subject(code, text));
                    }

                    break;
            }
        }

        if (subjects.Count >= MaxEach || keywords.Count >= MaxEach || places.Count >= MaxEach)
        {
            deviations.Add($"The head lists {MaxEach} or more subjects, keywords or places; no more than the first {MaxEach} of each are kept.");
        }

        return new NitfTopics(subjects, keywords, places);
    }

    /// <summary>
    /// An IPTC subject code as "subj:04000000"; a provider's own (<c>tobject.subject.ipr</c> other than
    /// IPTC) keeps its provider as the scheme. The name is the most specific of detail, matter and type.
    /// </summary>
    private static void AddSubject(List<Subject> subjects, XElement subject)
    {
        var refnum = NitfText.Of(subject, "tobject.subject.refnum");
        var ipr = NitfText.Of(subject, "tobject.subject.ipr");
        var scheme = ipr is null || ipr.Equals("IPTC", StringComparison.OrdinalIgnoreCase) ? "subj" : ipr.ToLowerInvariant();
        var name = NitfText.Of(subject, "tobject.subject.detail")
            ?? NitfText.Of(subject, "tobject.subject.matter")
            ?? NitfText.Of(subject, "tobject.subject.type");
        if (refnum is not null || name is not null)
        {
            Add(subjects, new Subject(Code(scheme, refnum), name));
        }
    }

    /// <summary>An event location as one place named from the most specific part outward ("Norfolk, VA").</summary>
    private static void AddEventLocation(List<Place> places, XElement evloc)
    {
        string?[] parts = [NitfText.Of(evloc, "city"), NitfText.Of(evloc, "county-dist"), NitfText.Of(evloc, "state-prov")];
        var name = string.Join(", ", parts.Where(part => part is not null));
        var country = NitfText.Of(evloc, "iso-cc");
        if (name.Length > 0)
        {
            Add(places, new Place(name, null));
        }
        else if (country is { Length: 2 or 3 })
        {
            Add(places, new Place(country, $"iso3166-1a{country.Length}:{country.ToUpperInvariant()}"));
        }
    }

    private static string? Code(string? scheme, string? value) =>
        value is null ? null : scheme is null ? value : $"{scheme}:{value}";

    private static void Add<T>(List<T> list, T? item)
    {
        if (item is not null && list.Count < MaxEach)
        {
            list.Add(item);
        }
    }
}
