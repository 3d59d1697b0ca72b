using Syndication.Core.Stories;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// A feed category as a story keeps it: a <see cref="Subject"/> when a scheme (Atom) or domain (RSS) names
/// the vocabulary it comes from, a keyword when it is a bare word.
/// </summary>
internal static class FeedCategory
{
    public static void Add(string? term, string? scheme, string? label, List<Subject> subjects, List<string> keywords)
    {
        term = term?.Trim();
        label = string.IsNullOrWhiteSpace(label) ? null : FeedText.Plain(label).Trim();
        if (string.IsNullOrEmpty(term))
        {
            if (label is not null)
            {
                keywords.Add(label);
            }

            return;
        }

        scheme = scheme?.Trim();
        if (string.IsNullOrEmpty(scheme))
        {
            keywords.Add(label ?? FeedText.Plain(term));
            return;
        }

        subjects.Add(new Subject(Code(scheme, term), label ?? FeedText.Plain(term)));
    }

    /// <summary>
    /// The term qualified by its scheme: appended to a scheme URI that ends in a separator (IPTC's
    /// "http://cv.iptc.org/newscodes/mediatopic/" + "04000000" is the concept's own URI), joined with a
    /// colon otherwise, as a QCode is.
    /// </summary>
    private static string Code(string scheme, string term) =>
        scheme[^1] is '/' or '#' or ':' or '=' ? scheme + term : scheme + ":" + term;
}
