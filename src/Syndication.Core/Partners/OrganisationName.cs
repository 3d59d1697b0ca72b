using System.Text;

namespace Syndication.Core.Partners;

/// <summary>
/// The form in which two names of one organisation compare equal, as "Exclusive to NAME" lines write them
/// against the partners file's <c>knownAs</c> and the publisher's name.
/// </summary>
/// <remarks>
/// Chosen: Unicode NFC, case folded (invariant), runs of white space made one space, trailing
/// punctuation (<c>. , ; : ! ?</c>) and a leading "The " dropped. So "The Middle East Online",
/// "middle  east online." and "THE MIDDLE EAST ONLINE" are one name. Not chosen: dropping legal suffixes
/// ("Ltd", "Inc") or "&amp;" against "and": a partners file lists the spellings it means in <c>knownAs</c>,
/// and every loosening risks giving one organisation's exclusive to another.
/// </remarks>
public static class OrganisationName
{
    private const string LeadingArticle = "the ";

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length > 0 && collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        var end = collapsed.Length;
        while (end > 0 && (collapsed[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ' '))
        {
            end--;
        }

        var result = collapsed.ToString(0, end);
        return result.StartsWith(LeadingArticle, StringComparison.Ordinal) && result.Length > LeadingArticle.Length
            ? result[LeadingArticle.Length..]
            : result;
    }
}
