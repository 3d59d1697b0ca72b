using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Text;
using Syndication.Core.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Decodes a NITF 3.x document (with or without the NITF namespace) into one story draft, noting where
/// the document departs from the NITF 3.6 schema; refuses one with no headline or no body text.
/// </summary>
internal static class NitfDecoder
{
    public const string Format = "nitf";

    /// <summary>The most deviations one story carries; the last one says how many more there were.</summary>
    public const int MaxDeviations = 10;

    public static void Decode(ReadOnlySpan<byte> input, DecodedDrafts decoded)
    {
        var deviations = new List<string>();
        if (!XmlInput.TryLoad(input, deviations, out var document, out var rejection))
        {
            decoded.Reject(rejection);
            return;
        }

        var root = document.Root!;
        if (root.Name.LocalName != "nitf")
        {
            decoded.Reject(RejectionReasons.UnsupportedFormat, $"The document's root element is <{root.Name.LocalName}>, not <nitf>.");
            return;
        }

        var ns = NitfSchema.Namespace;
        MoveIntoNitfNamespace(root, deviations);
        NitfSchema.Validate(document, deviations);

        var head = root.Element(ns + "head") ?? new XElement(ns + "head");
        var body = root.Element(ns + "body");
        var doc = NitfDocData.Read(head, ns, deviations);
        var status = NitfStatus.Read(head, ns, doc, deviations);
        var topics = NitfTopics.Read(head, ns, deviations);
        var bodyHead = NitfBodyHead.Read(body?.Element(ns + "body.head"), ns, deviations);

        var headline = bodyHead.Headline ?? NitfText.Of(head.Element(ns + "title"));
        if (headline is null)
        {
            decoded.Reject(RejectionReasons.NoHeadline, "The NITF document has neither a body.head/hedline/hl1 nor a head/title with text.");
            return;
        }

        if (!TryReadBody(body, bodyHead, deviations, out var bodyHtml))
        {
            decoded.Reject(RejectionReasons.NoBody, "The NITF document's body.content holds no text, and it has no abstract to stand in for it.");
            return;
        }

        decoded.Add(new StoryDraft
        {
            Format = Format,
            Headline = headline,
            Subheadline = bodyHead.Subheadline,
            Contributors = bodyHead.Contributors,
            Dateline = bodyHead.Dateline,
            Credit = doc.Credit,
            Rights = doc.Rights.Copyright is null && bodyHead.RightsOwner is { } owner ? doc.Rights with { Copyright = $"© {owner}" } : doc.Rights,
            BodyHtml = bodyHtml,
            Language = NitfText.Of(root, "baselang") ?? NitfText.NullIfBlank(root.Attribute(XNamespace.Xml + "lang")?.Value),
            Provider = bodyHead.Distributor ?? doc.IdSource,
            SourceId = doc.SourceId,
            Version = doc.Version,
            SourceUri = doc.Link,
            Published = doc.Issued ?? doc.Publication ?? bodyHead.StoryDate,
            Embargo = status.Embargo,
            Urgency = doc.Urgency,
            PubStatus = status.PubStatus,
            IsCorrection = status.IsCorrection,
            Subjects = topics.Subjects,
            Keywords = topics.Keywords,
            Places = topics.Places,
            Deviations = Capped(deviations),
        });
    }

    /// <summary>
    /// Puts the document's NITF elements into the namespace the 3.6 schema targets, in place, and drops the
    /// version attributes the schema fixes to 3.6's values when the document declares an older version.
    /// </summary>
    private static void MoveIntoNitfNamespace(XElement root, List<string> deviations)
    {
        var own = root.Name.Namespace;
        if (own != NitfSchema.Namespace)
        {
            deviations.Add(own == XNamespace.None
                ? $"The document has no namespace, as most NITF does not; it was read and checked as NITF 3.6 ({NitfSchema.Namespace.NamespaceName})."
                : $"The document is in namespace {own.NamespaceName}, not NITF 3.6's; it was read and checked as NITF 3.6.");
            foreach (var element in root.DescendantsAndSelf())
            {
                if (element.Name.Namespace == own)
                {
                    element.Name = NitfSchema.Namespace + element.Name.LocalName;
                }
            }
        }

        if (NitfText.Of(root, "version") is { } version && version != NitfSchema.Version)
        {
            deviations.Add($"The document declares \"{version}\"; it was checked against NITF 3.6.");
            root.Attribute("version")?.Remove();
            root.Attribute("change.date")?.Remove();
            root.Attribute("change.time")?.Remove();
        }
    }

    /// <summary>The body's HTML; the abstract's when the body holds no text.</summary>
    private static bool TryReadBody(XElement? body, NitfBodyHead bodyHead, List<string> deviations, out string html)
    {
        var read = body is null ? null : NitfBodyHtml.Read(body);
        if (read is not null && read.UnknownElements.Count > 0)
        {
            deviations.Add($"The body holds elements NITF does not define there ({string.Join(", ", read.UnknownElements.Take(5))}); they were left out.");
        }

        html = read?.Html ?? string.Empty;
        if (MarkupText.HasVisibleText(html))
        {
            return true;
        }

        if (bodyHead.Abstract is { } summary && NitfBodyHtml.Read(summary).Html is var abstractHtml && MarkupText.HasVisibleText(abstractHtml))
        {
            deviations.Add("The body.content holds no text; the abstract stands in for it.");
            html = abstractHtml;
            return true;
        }

        return false;
    }

    private static List<string> Capped(List<string> deviations)
    {
        if (deviations.Count > MaxDeviations)
        {
            var more = deviations.Count - (MaxDeviations - 1);
            deviations.RemoveRange(MaxDeviations - 1, more);
            deviations.Add($"{more} more deviations not listed.");
        }

        return deviations;
    }
}
