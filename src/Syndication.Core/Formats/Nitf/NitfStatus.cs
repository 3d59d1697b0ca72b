using System.Xml.Linq;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Whether a NITF document may be published, is embargoed, kills or corrects an earlier one, read only
/// from what the file says: <c>docdata/@management-status</c>, a <c>docdata/correction</c>, a
/// <c>date.release</c> after <c>date.issue</c>, and editors' messages (<c>ed-msg</c>) that say so in words.
/// </summary>
/// <remarks>
/// Implementation note: an <c>ed-msg</c> is free text, so only unambiguous words count: "embargo" in any
/// case, and "KILL"/"KILLED" in capitals, the way the wires write a kill. A <c>msg-type</c> of "embargo",
/// "kill" or "correction" counts too. A <c>fixture</c> or a <c>doc-id</c> carries no such signal in NITF.
/// </remarks>
internal sealed record NitfStatus(PubStatus PubStatus, bool IsCorrection, DateTimeOffset? Embargo)
{
    public static NitfStatus Read(XElement head, XNamespace ns, NitfDocData doc, ICollection<string> deviations)
    {
        var docdata = head.Element(ns + "docdata");
        var management = NitfText.Of(docdata, "management-status");
        var messages = docdata?.Elements(ns + "ed-msg").ToList() ?? [];

        var killed = management is not null && (management.Equals("canceled", StringComparison.OrdinalIgnoreCase) || management.Equals("cancelled", StringComparison.OrdinalIgnoreCase))
            || messages.Exists(m => TypeIs(m, "kill") || ContainsWord(NitfText.Of(m, "info"), "KILL", StringComparison.Ordinal) || ContainsWord(NitfText.Of(m, "info"), "KILLED", StringComparison.Ordinal));
        var withheld = management is not null && management.Equals("withheld", StringComparison.OrdinalIgnoreCase);
        var saysEmbargo = management is not null && management.Equals("embargoed", StringComparison.OrdinalIgnoreCase)
            || messages.Exists(m => TypeIs(m, "embargo") || ContainsWord(NitfText.Of(m, "info"), "embargo", StringComparison.OrdinalIgnoreCase) || ContainsWord(NitfText.Of(m, "info"), "embargoed", StringComparison.OrdinalIgnoreCase));
        var corrects = docdata?.Element(ns + "correction") is not null || messages.Exists(m => TypeIs(m, "correction"));

        if (management is not null && !killed && !withheld && !saysEmbargo && !management.Equals("usable", StringComparison.OrdinalIgnoreCase))
        {
            deviations.Add($"docdata/@management-status \"{management}\" is not one of usable, embargoed, withheld, canceled; it was ignored.");
        }

        DateTimeOffset? embargo = null;
        if (doc.Released is { } released && (saysEmbargo || (doc.Issued is { } issued && released > issued)))
        {
            embargo = released;
        }
        else if (saysEmbargo)
        {
            withheld = true;
            deviations.Add("The document says it is embargoed but gives no date.release; it is held back as withheld.");
        }

        var status = killed ? PubStatus.Canceled : withheld ? PubStatus.Withheld : PubStatus.Usable;
        return new NitfStatus(status, corrects, embargo);
    }

    private static bool TypeIs(XElement message, string type) =>
        string.Equals(NitfText.Of(message, "msg-type"), type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> as a whole word.</summary>
    private static bool ContainsWord(string? text, string word, StringComparison comparison)
    {
        if (text is null)
        {
            return false;
        }

        for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
