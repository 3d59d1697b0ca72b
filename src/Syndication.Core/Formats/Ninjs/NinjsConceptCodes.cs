namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// A concept's code as a story keeps it (a QCode such as "medtop:20000763", a URI, a free code) and as
/// ninjs 2.x and 3.x identify a concept: by a complete <c>uri</c>, or by a free-text <c>literal</c>.
/// </summary>
internal static class NinjsConceptCodes
{
    // IPTC's own vocabularies, written the way the other formats write them (QCodes).
    private static readonly (string Uri, string Alias)[] s_iptcSchemes =
    [
        ("http://cv.iptc.org/newscodes/mediatopic/", "medtop:"),
        ("http://cv.iptc.org/newscodes/subjectcode/", "subj:"),
    ];

    /// <summary>The code a concept's uri stands for: a QCode for IPTC's vocabularies, any other uri as itself.</summary>
    public static string FromUri(string uri)
    {
        foreach (var (schemeUri, alias) in s_iptcSchemes)
        {
            if (uri.StartsWith(schemeUri, StringComparison.OrdinalIgnoreCase) && uri.Length > schemeUri.Length)
            {
                return alias + uri[schemeUri.Length..];
            }
        }

        return uri;
    }

    /// <summary>
    /// How ninjs identifies <paramref name="code"/>: a QCode of IPTC's vocabularies and an http(s) URI as a
    /// <c>uri</c>; anything else, which the schema's <c>format: uri</c> could refuse or misread, as a <c>literal</c>.
    /// </summary>
    public static (string? Uri, string? Literal) ToNinjs(string code)
    {
        foreach (var (schemeUri, alias) in s_iptcSchemes)
        {
            if (code.StartsWith(alias, StringComparison.Ordinal) && code.Length > alias.Length
                && Uri.IsWellFormedUriString(schemeUri + code[alias.Length..], UriKind.Absolute))
            {
                return (schemeUri + code[alias.Length..], null);
            }
        }

        return Uri.TryCreate(code, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && Uri.IsWellFormedUriString(code, UriKind.Absolute)
                ? (code, null)
                : (null, code);
    }
}
