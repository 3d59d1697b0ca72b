using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A coded subject as a scheme URI and a term, the way Media RSS categories name their vocabulary.</summary>
internal static class SubjectScheme
{
    // IPTC's QCode aliases and the scheme URIs they stand for (the ninjs reader maps them the other way).
    private static readonly (string Alias, string Uri)[] s_iptc =
    [
        ("medtop:", "http://cv.iptc.org/newscodes/mediatopic/"),
        ("subj:", "http://cv.iptc.org/newscodes/subjectcode/"),
    ];

    /// <summary>
    /// The scheme and term of a subject's code ("medtop:04000000", or a concept URI cut at its last '/' or
    /// '#'); null when the code names no scheme that can be given as a URI (a bare code, another alias).
    /// </summary>
    public static (string Scheme, string Term)? Of(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var code = subject.Code;
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        foreach (var (alias, uri) in s_iptc)
        {
            if (code.Length > alias.Length && code.StartsWith(alias, StringComparison.OrdinalIgnoreCase))
            {
                return (uri, code[alias.Length..]);
            }
        }

        if (Uri.TryCreate(code, UriKind.Absolute, out var concept) && (concept.Scheme == Uri.UriSchemeHttp || concept.Scheme == Uri.UriSchemeHttps))
        {
            var cut = code.LastIndexOfAny(['/', '#']);
            if (cut > concept.GetLeftPart(UriPartial.Authority).Length && cut < code.Length - 1)
            {
                return (code[..(cut + 1)], code[(cut + 1)..]);
            }
        }

        return null;
    }
}
