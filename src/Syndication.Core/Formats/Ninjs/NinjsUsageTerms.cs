using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// A story's usage terms as ninjs writes them, in one string: "Exclusive to NAME" first when the story is
/// exclusive to one organisation (ninjs has no property for it, and it is a term of use), then its own terms.
/// </summary>
internal readonly record struct NinjsUsageTerms(string? ExclusiveTo, string? Terms)
{
    // As in plain copy: a longer "name" is a sentence about exclusivity, not the one organisation to route to.
    private const int MaxExclusiveToWords = 10;

    public static string? Write(StoryRights rights)
    {
        if (rights.ExclusiveTo is null)
        {
            return rights.UsageTerms;
        }

        var exclusive = NinjsConventions.ExclusiveToPrefix + rights.ExclusiveTo;
        return rights.UsageTerms is null ? exclusive : exclusive + NinjsConventions.UsageTermsSeparator + rights.UsageTerms;
    }

    /// <summary>
    /// The organisation named by an opening "Exclusive to NAME" (up to the first "; "), and the terms after
    /// it; terms that do not open so are only terms.
    /// </summary>
    public static NinjsUsageTerms Read(string? text)
    {
        if (text is null || !text.StartsWith(NinjsConventions.ExclusiveToPrefix, StringComparison.Ordinal))
        {
            return new NinjsUsageTerms(null, text);
        }

        var rest = text.AsSpan(NinjsConventions.ExclusiveToPrefix.Length);
        var separator = rest.IndexOf(NinjsConventions.UsageTermsSeparator, StringComparison.Ordinal);
        var name = (separator < 0 ? rest : rest[..separator]).Trim();
        if (name.IsEmpty || name.Count(' ') >= MaxExclusiveToWords)
        {
            return new NinjsUsageTerms(null, text);
        }

        var terms = separator < 0 ? null : rest[(separator + NinjsConventions.UsageTermsSeparator.Length)..].Trim().ToString();
        return new NinjsUsageTerms(name.ToString(), string.IsNullOrEmpty(terms) ? null : terms);
    }
}
