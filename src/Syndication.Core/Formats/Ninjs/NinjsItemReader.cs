using System.Text.Json;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>Reads one ninjs news object into a story draft, or says why it is not a story.</summary>
/// <remarks>
/// Implementation note: validating against the official schema costs 20 to 100 µs an item with
/// JsonSchema.Net, several times the whole decode budget, so it runs only when something looks off. The
/// reader checks what it reads (types, enumerations, dates), checks every property name of the item and of
/// the items it associates against the schema's list, and requires the <c>uri</c>; only an item that fails one of those checks is validated
/// in full, and then every deviation the schema finds is reported. The price: an item whose only fault
/// lies inside a property we do not read (a person's <c>code</c> given as a number, say) gets no
/// deviation when everything else is right. Such a fault cannot change the story, which never reads it.
/// </remarks>
internal static class NinjsItemReader
{
    /// <summary>Reads <paramref name="item"/>; <paramref name="isNinjs"/> is false for AP's ninjs-like items, which follow AP's schema.</summary>
    public static void Read(JsonElement item, bool isNinjs, DecodedDrafts decoded)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            decoded.Reject(RejectionReasons.Malformed, $"A ninjs item must be a JSON object; this one is {NinjsValues.Article(item.ValueKind)}.");
            return;
        }

        // Each JsonProperty.Name is a new string: the names are read once for the two checks that need them all.
        var names = isNinjs ? PropertyNames(item) : [];
        var vocabulary = isNinjs ? NinjsVocabulary.Of(item, names) : NinjsVocabulary.One;
        var generation = vocabulary.Generation;
        var deviations = new NinjsDeviations();
        var headline = NinjsHeadline.Read(item, generation, deviations);
        if (NotText(item, headline.Main, deviations) is { } notText)
        {
            decoded.Reject(RejectionReasons.NotText, notText);
            return;
        }

        if (string.IsNullOrWhiteSpace(headline.Main))
        {
            decoded.Reject(RejectionReasons.NoHeadline, generation == NinjsGeneration.One
                ? "The ninjs item has no headline: no \"headline\" or \"headline_*\" property holds text."
                : "The ninjs item has no headline: no entry of \"headlines\" holds a value.");
            return;
        }

        var body = NinjsBody.Read(item, generation, deviations);

        // A canceled item (a kill) often has no text left; it is kept so the kill reaches the store.
        var pubStatus = PubStatusOf(item, vocabulary.PubStatus, deviations);
        if (body.IsEmpty && pubStatus != PubStatus.Canceled)
        {
            decoded.Reject(RejectionReasons.NoBody, $"The ninjs item \"{Shorten(headline.Main)}\" has no body text (no {(generation == NinjsGeneration.One ? "\"body_*\" property" : "entry of \"bodies\"")}); its text may be only in a linked rendition.");
            return;
        }

        var usage = NinjsUsageTerms.Read(NinjsValues.StringOrList(item, vocabulary.UsageTerms, deviations, listIsExpected: !isNinjs));
        var (subjects, keywords) = NinjsConcepts.Subjects(item, vocabulary.Subjects, deviations);
        var draft = new StoryDraft
        {
            Format = NinjsDecoder.Format,
            Headline = headline.Main,
            Kicker = headline.Kicker,
            Subheadline = headline.Sub,
            Contributors = NinjsByline.Read(item, vocabulary, deviations),
            Dateline = NinjsValues.String(item, "located", deviations),
            Credit = generation == NinjsGeneration.One ? null : NinjsCreditLine.Read(item),
            Rights = new StoryRights(usage.ExclusiveTo, NinjsValues.String(item, vocabulary.CopyrightNotice, deviations), usage.Terms),
            BodyHtml = body.Html,
            Paragraphs = body.Paragraphs,
            Language = NinjsValues.String(item, "language", deviations),
            Provider = Source(item, vocabulary, deviations),
            SourceId = NinjsValues.String(item, "uri", deviations) ?? NinjsValues.String(item, "guid", deviations),
            Version = NinjsValues.Version(item, deviations, numberIsExpected: !isNinjs),
            SourceUri = NinjsValues.String(item, "uri", deviations),
            Published = NinjsDate.Read(item, vocabulary.FirstCreated, deviations),
            Updated = NinjsDate.Read(item, vocabulary.VersionCreated, deviations),
            Embargo = NinjsDate.Read(item, vocabulary.Embargoed, deviations, isEmbargo: true),
            Urgency = NinjsValues.Urgency(item, deviations),
            PubStatus = pubStatus,
            IsCorrection = NinjsCorrection.Read(item, vocabulary.Genres),
            Subjects = subjects,
            Keywords = keywords.Count == 0 ? NinjsValues.Strings(item, "keywords") : [.. NinjsValues.Strings(item, "keywords"), .. keywords],
            Places = NinjsConcepts.Places(item, vocabulary.Places, deviations),
        };

        if (isNinjs && (deviations.Any || LooksOff(item, generation, names, isAssociation: false)))
        {
            NinjsSchemas.Validate(item, generation, deviations);
        }

        decoded.Add(draft with { Deviations = deviations.ToList() });
    }

    /// <summary>Why the item is not a text story (a picture, a video, an event), or null when it may be one.</summary>
    private static string? NotText(JsonElement item, string? headline, NinjsDeviations deviations)
    {
        if (!item.TryGetProperty("type", out var type))
        {
            return null;
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            deviations.Add("type", $"\"type\" should be a string, not {NinjsValues.Article(type.ValueKind)}; the item was read as text.");
            return null;
        }

        var kind = type.GetString();
        var what = headline is null ? "The ninjs item" : $"The ninjs item \"{Shorten(headline)}\"";
        switch (kind)
        {
            case "text" or "composite" or "component":
                return null;
            case "picture" or "video" or "audio" or "graphic":
                return $"{what} is of type {kind}: media, whose text is only a caption; only text stories are taken.";
            case "event" or "planning":
                return $"{what} is of type {kind}: it describes coverage to come, not a story.";
            default:
                deviations.Add("type", $"\"type\" \"{kind}\" is not a ninjs item type; the item was read as text.");
                return null;
        }
    }

    private static List<string> PropertyNames(JsonElement item)
    {
        var names = new List<string>();
        foreach (var property in item.EnumerateObject())
        {
            names.Add(property.Name);
        }

        return names;
    }

    /// <summary>
    /// A missing <c>uri</c> (and, in an association of 2.x or 3.x, a missing <c>name</c>) or a property the
    /// schema does not declare, in the item or in any item it associates.
    /// </summary>
    private static bool LooksOff(JsonElement item, NinjsGeneration generation, List<string> names, bool isAssociation)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("uri", out _)
            || (isAssociation && generation != NinjsGeneration.One && !item.TryGetProperty("name", out _)))
        {
            return true;
        }

        foreach (var name in names)
        {
            if (isAssociation && (name == "name" || (name == "rel" && generation == NinjsGeneration.Three)))
            {
                continue;
            }

            if (!NinjsSchemas.Declares(generation, name)
                || (name == "associations" && AssociationsLookOff(item.GetProperty("associations"), generation)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1.x keeps associations in an object by name, 2.x and 3.x in a list.</summary>
    private static bool AssociationsLookOff(JsonElement associations, NinjsGeneration generation)
    {
        if (associations.ValueKind != (generation == NinjsGeneration.One ? JsonValueKind.Object : JsonValueKind.Array))
        {
            return true;
        }

        var count = 0;
        if (generation == NinjsGeneration.One)
        {
            foreach (var association in associations.EnumerateObject())
            {
                if (++count > NinjsValues.MaxEntries || AssociationLooksOff(association.Value, generation))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var association in associations.EnumerateArray())
        {
            if (++count > NinjsValues.MaxEntries || AssociationLooksOff(association, generation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AssociationLooksOff(JsonElement association, NinjsGeneration generation) =>
        association.ValueKind != JsonValueKind.Object || LooksOff(association, generation, PropertyNames(association), isAssociation: true);

    private static PubStatus PubStatusOf(JsonElement item, string name, NinjsDeviations deviations)
    {
        var status = NinjsValues.String(item, name, deviations);
        switch (status)
        {
            case null or "usable":
                return PubStatus.Usable;
            case "withheld":
                return PubStatus.Withheld;
            case "canceled":
                return PubStatus.Canceled;
            case "cancelled":
                deviations.Add(name, $"\"{name}\" \"cancelled\" is spelt \"canceled\" in ninjs; read as canceled.");
                return PubStatus.Canceled;
            default:
                deviations.Add(name, $"\"{name}\" \"{status}\" is not usable, withheld or canceled; read as usable, the ninjs default.");
                return PubStatus.Usable;
        }
    }

    /// <summary>
    /// The sending organisation: Superdesk's <c>source</c>, AP's <c>provider</c>, or else the first info
    /// source named with no role (a role names an interviewee, a photographer and the like).
    /// </summary>
    private static string? Source(JsonElement item, NinjsVocabulary vocabulary, NinjsDeviations deviations)
    {
        if ((NinjsValues.String(item, "source", deviations) ?? NinjsValues.String(item, "provider", deviations)) is { Length: > 0 } named)
        {
            return named;
        }

        if (item.TryGetProperty(vocabulary.InfoSources, out var sources) && sources.ValueKind == JsonValueKind.Array)
        {
            foreach (var source in sources.EnumerateArray())
            {
                if (NinjsValues.Member(source, "role") is null && NinjsValues.Member(source, "rel") is null
                    && NinjsValues.Member(source, "name") is { Length: > 0 } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
