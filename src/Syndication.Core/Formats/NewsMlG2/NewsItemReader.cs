using System.Globalization;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>Reads one <c>newsItem</c> into a draft, or says why it is not a story.</summary>
internal static class NewsItemReader
{
    /// <summary>The most deviations a story lists; the rest are counted in the last one.</summary>
    public const int MaxDeviations = 10;

    /// <param name="item">The <c>newsItem</c> element.</param>
    /// <param name="deviations">What is already known to be wrong with it (the document's encoding, the schema check).</param>
    /// <param name="decoded">Where the draft or the rejection goes.</param>
    public static void Read(XElement item, IEnumerable<string> deviations, DecodedDrafts decoded)
    {
        var guid = item.AttributeText("guid");
        var label = guid is null ? "The newsItem" : $"The newsItem {guid}";
        var itemMeta = item.Child("itemMeta");
        if (G2ItemClass.IsMedia(itemMeta, out var itemClass))
        {
            decoded.Reject(RejectionReasons.NotText, $"{label} is media (itemClass {itemClass}), not a text story.");
            return;
        }

        var found = new List<string>(deviations);
        var contentMeta = item.Child("contentMeta");
        var content = G2Content.Read(item.Child("contentSet"), found, out var otherXml);
        var headlines = G2Headlines.Read(contentMeta);
        var headline = headlines.Main ?? content?.Headline;
        if (headline is null)
        {
            decoded.Reject(RejectionReasons.NoHeadline, $"{label} has no headline, neither in its contentMeta nor in its content.");
            return;
        }

        if (content is null && otherXml is not null)
        {
            decoded.Reject(RejectionReasons.NotText, $"{label} carries <{otherXml}> data in its inlineXML, not XHTML, NITF or text.");
            return;
        }

        // A canceled item (a kill) usually has no text left; it is kept so the kill reaches the store.
        var pubStatus = PubStatusOf(itemMeta, found);
        if (content is null && pubStatus != PubStatus.Canceled)
        {
            decoded.Reject(RejectionReasons.NoBody, $"{label} has no text: its contentSet holds no inlineXML or inlineData with content.");
            return;
        }

        var rightsInfo = item.Child("rightsInfo");
        decoded.Add(new StoryDraft
        {
            Format = NewsMlG2Decoder.Format,
            Headline = headline,
            Kicker = headlines.Kicker,
            Subheadline = headlines.Sub ?? Summary(contentMeta),
            Contributors = G2Contributors.Read(contentMeta, item.Child("contentSet")?.Descendant("nitf")),
            Dateline = contentMeta?.Child("dateline").Text(),
            Credit = contentMeta?.Child("creditline").Text(),
            Rights = Rights(rightsInfo),
            BodyHtml = content?.BodyHtml,
            Paragraphs = content?.Paragraphs ?? [],
            Language = contentMeta?.Child("language")?.AttributeText("tag") ?? item.Attribute(XNamespace.Xml + "lang")?.Value,
            Provider = Provider(itemMeta?.Child("provider")),
            SourceId = guid,
            Version = Version(item, found),
            Published = G2DateTime.Read(itemMeta?.Child("firstCreated"), found) ?? G2DateTime.Read(contentMeta?.Child("contentCreated"), found),
            Updated = G2DateTime.Read(itemMeta?.Child("versionCreated"), found),
            Embargo = G2DateTime.Read(itemMeta?.Child("embargoed"), found),
            Urgency = Urgency(contentMeta, found),
            PubStatus = pubStatus,
            IsCorrection = itemMeta?.Children("signal").Any(s => string.Equals(s.AttributeText("qcode"), "sig:correction", StringComparison.OrdinalIgnoreCase)) ?? false,
            Subjects = Subjects(contentMeta),
            Keywords = contentMeta?.Children("keyword").Select(k => k.Text()).OfType<string>().ToArray() ?? [],
            Places = Places(contentMeta),
            Deviations = Capped(found),
        });
    }

    /// <summary>A summary (<c>description role="drol:summary"</c>) stands in as the sub-headline when there is none.</summary>
    private static string? Summary(XElement? contentMeta) =>
        contentMeta?.Children("description").FirstOrDefault(d => d.AttributeText("role") == "drol:summary").Text();

    /// <summary>The copyright notice (else its holder), "Exclusive to NAME" usage terms as exclusivity, and the first other usage terms.</summary>
    private static StoryRights Rights(XElement? rightsInfo)
    {
        if (rightsInfo is null)
        {
            return StoryRights.None;
        }

        var holder = rightsInfo.Child("copyrightHolder");
        var copyright = rightsInfo.Child("copyrightNotice").Text() ?? holder?.ConceptName() ?? holder?.AttributeText("literal");
        string? exclusiveTo = null;
        string? usage = null;
        foreach (var terms in rightsInfo.Children("usageTerms"))
        {
            if (ExclusivityLine.TryRead(terms.Text(), out var name))
            {
                exclusiveTo ??= name;
            }
            else
            {
                usage ??= terms.Text();
            }
        }

        return new StoryRights(exclusiveTo, copyright, usage);
    }

    /// <summary>
    /// The provider's name, else its literal, else the code of an IPTC news-provider QCode
    /// ("nprov:REUTERS" names REUTERS); another scheme's bare code names nobody a reader would know.
    /// </summary>
    private static string? Provider(XElement? provider)
    {
        if (provider is null)
        {
            return null;
        }

        var qcode = provider.AttributeText("qcode");
        return provider.ConceptName()
            ?? provider.AttributeText("literal")
            ?? (qcode?.StartsWith("nprov:", StringComparison.Ordinal) == true ? provider.QCodeValue() : null);
    }

    private static long? Version(XElement item, List<string> deviations)
    {
        var version = item.AttributeText("version");
        if (version is null)
        {
            return null;
        }

        if (long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        deviations.Add($"The version \"{version}\" is not a whole number; left out.");
        return null;
    }

    private static int? Urgency(XElement? contentMeta, List<string> deviations)
    {
        var urgency = contentMeta?.Child("urgency").Text();
        if (urgency is null)
        {
            return null;
        }

        if (int.TryParse(urgency, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        deviations.Add($"<urgency> \"{urgency}\" is not a number; left out.");
        return null;
    }

    /// <summary>
    /// <c>stat:usable</c>, <c>stat:withheld</c> or <c>stat:canceled</c>; usable when absent (G2's default).
    /// An unknown status is read as withheld: holding a story back is the mistake that can be undone.
    /// </summary>
    private static PubStatus PubStatusOf(XElement? itemMeta, List<string> deviations)
    {
        var pubStatus = itemMeta?.Child("pubStatus");
        if (pubStatus is null)
        {
            return PubStatus.Usable;
        }

        switch (pubStatus.QCodeValue()?.ToLowerInvariant())
        {
            case "usable":
                return PubStatus.Usable;
            case "withheld":
                return PubStatus.Withheld;
            case "canceled" or "cancelled":
                return PubStatus.Canceled;
            default:
                deviations.Add($"<pubStatus> \"{pubStatus.AttributeText("qcode")}\" is not stat:usable, stat:withheld or stat:canceled; the story is held back as withheld.");
                return PubStatus.Withheld;
        }
    }

    private static Subject[] Subjects(XElement? contentMeta) =>
        contentMeta?.Children("subject")
            .Select(s => new Subject(s.AttributeText("qcode") ?? s.AttributeText("uri"), s.ConceptName() ?? s.AttributeText("literal")))
            .ToArray() ?? [];

    private static Place[] Places(XElement? contentMeta)
    {
        var places = new List<Place>();
        foreach (var located in contentMeta?.Children("located") ?? [])
        {
            if ((located.ConceptName() ?? located.AttributeText("literal")) is { } name)
            {
                places.Add(new Place(name, located.AttributeText("qcode") ?? located.AttributeText("uri")));
            }
        }

        return [.. places];
    }

    private static List<string> Capped(List<string> found)
    {
        var deviations = found.Distinct(StringComparer.Ordinal).ToList();
        if (deviations.Count <= MaxDeviations)
        {
            return deviations;
        }

        var more = deviations.Count - (MaxDeviations - 1);
        deviations.RemoveRange(MaxDeviations - 1, more);
        deviations.Add($"And {more} more deviations.");
        return deviations;
    }
}
