using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The ANPA category code (one to three letters: "i" international, "s" sports, "f" financial) that ANPA
/// 1312, IPTC 7901 and AAP's ZCZC headers carry; kept as a subject in the "anpa-category" scheme.
/// </summary>
/// <remarks>
/// Implementation note: IPTC 7901 took its category codes from ANPA 1312, so both share one scheme. The
/// code is kept as written, without a name: the letters' meanings differ between agencies.
/// </remarks>
internal static class WireCategory
{
    public static Subject ToSubject(string code) => new($"anpa-category:{code}", null);
}
