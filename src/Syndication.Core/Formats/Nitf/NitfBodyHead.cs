using System.Text;
using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>The story's own header in NITF's <c>body.head</c>: headlines, byline, dateline, distributor, abstract and rights.</summary>
internal sealed record NitfBodyHead
{
    public string? Headline { get; init; }

    public string? Subheadline { get; init; }

    public IReadOnlyList<Contributor> Contributors { get; init; } = [];

    public string? Dateline { get; init; }

    /// <summary>The dateline's date (<c>story.date/@norm</c>).</summary>
    public DateTimeOffset? StoryDate { get; init; }

    public string? Distributor { get; init; }

    /// <summary>Who holds the rights (<c>rights/rights.owner</c>).</summary>
    public string? RightsOwner { get; init; }

    public XElement? Abstract { get; init; }

    public static NitfBodyHead Read(XElement? bodyHead, XNamespace ns, ICollection<string> deviations)
    {
        if (bodyHead is null)
        {
            return new NitfBodyHead();
        }

        var hedline = bodyHead.Element(ns + "hedline");
        var headline = NitfText.Of(hedline?.Element(ns + "hl1"));
        var subheadline = NitfText.Of(hedline?.Element(ns + "hl2"));
        var contributors = new List<Contributor>();
        foreach (var byline in bodyHead.Elements(ns + "byline"))
        {
            NitfByline.Read(byline, ns, contributors);
        }

        var dateline = bodyHead.Element(ns + "dateline");
        return new NitfBodyHead
        {
            Headline = headline,

            // AP repeats the headline as hl2 ("originalHeadline"); a copy is no subheadline.
            Subheadline = subheadline == headline ? null : subheadline,
            Contributors = contributors,
            Dateline = dateline is null ? null : DatelineText(dateline, ns),
            StoryDate = NitfText.Date(dateline?.Element(ns + "story.date"), "norm", deviations),
            Distributor = NitfText.Of(bodyHead.Element(ns + "distributor")),
            RightsOwner = NitfText.Of(bodyHead.Element(ns + "rights")?.Element(ns + "rights.owner")),
            Abstract = bodyHead.Element(ns + "abstract"),
        };
    }

    /// <summary>
    /// The place and words of a dateline without its machine date: its <c>location</c> when it marks one
    /// ("Newport News, VA"), otherwise its text ("SYDNEY March 22 AAP"), the trailing dash dropped.
    /// </summary>
    private static string? DatelineText(XElement dateline, XNamespace ns)
    {
        if (NitfText.Of(dateline.Element(ns + "location")) is { } location)
        {
            return location;
        }

        var text = new StringBuilder();
        foreach (var node in dateline.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement e && e.Name != ns + "story.date")
            {
                text.Append(e.Value);
            }
        }

        return NitfText.NullIfBlank(text.ToString().TrimEnd().TrimEnd('-', '\u2013', '\u2014'));
    }
}
