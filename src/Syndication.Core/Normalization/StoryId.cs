using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Core.Normalization;

/// <summary>
/// The content id of a story: 32 lower-case hex characters (128 bits) of the SHA-256 of a canonical
/// serialization of its normalized content. The same story gets the same id whatever bytes carried it.
/// </summary>
/// <remarks>
/// The serialization is UTF-8 lines of <c>tag length:value</c>, so no text, however it is made, can pass
/// for a field boundary; a missing value is written <c>tag -</c>, apart from an empty one. Derived values
/// (kicker, slug, word count) and the source format are left out: they follow from the content or do not
/// change it. Changing the serialization changes every id, so it opens with a version line.
/// </remarks>
internal static class StoryId
{
    private const int HexLength = 32;

    public static string Compute(Story story)
    {
        var canonical = new StringBuilder(256 + story.Paragraphs.Sum(p => p.Length + 16));
        canonical.Append("syndication-story/1\n");
        Append(canonical, "headline", story.Headline);
        Append(canonical, "subheadline", story.Subheadline);
        Append(canonical, "contributors", Count(story.Contributors.Count));
        foreach (var contributor in story.Contributors)
        {
            Append(canonical, "name", contributor.Name);
            Append(canonical, "role", contributor.Role.ToString());
        }

        Append(canonical, "dateline", story.Dateline);
        Append(canonical, "credit", story.Credit);
        Append(canonical, "exclusive-to", story.Rights.ExclusiveTo);
        Append(canonical, "copyright", story.Rights.Copyright);
        Append(canonical, "usage-terms", story.Rights.UsageTerms);
        Append(canonical, "paragraphs", Count(story.Paragraphs.Count));
        foreach (var paragraph in story.Paragraphs)
        {
            Append(canonical, "p", paragraph);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash, 0, HexLength / 2);
    }

    private static void Append(StringBuilder canonical, string tag, string? value)
    {
        canonical.Append(tag);
        if (value is null)
        {
            canonical.Append(" -\n");
            return;
        }

        canonical.Append(' ').Append(Count(value.Length)).Append(':').Append(value).Append('\n');
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
