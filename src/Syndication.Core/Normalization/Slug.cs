using System.Globalization;
using System.Text;

namespace Syndication.Core.Normalization;

/// <summary>The URL-safe name of a story: lower-case ASCII words of its headline joined by hyphens.</summary>
internal static class Slug
{
    public const int MaxLength = 80;

    // Implementation note: the lower-case form of each ASCII character as a string, made once, so that a
    // slug costs no allocation per character.
    private static readonly string[] s_lowerAscii = LowerAscii();

    public static string FromHeadline(string headline)
    {
        var slug = new StringBuilder(Math.Min(headline.Length, MaxLength * 2));
        var pendingHyphen = false;
        foreach (var c in headline.Normalize(NormalizationForm.FormD))
        {
            if (c is '\'' or '\u2019' || (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                // Accents come off their letters; apostrophes go without a break ("Syria’s" -> "syrias").
                continue;
            }

            var ascii = char.IsAsciiLetterOrDigit(c) ? s_lowerAscii[c] : Transliterate(c);
            if (ascii is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(ascii);
        }

        return Cut(slug.ToString());
    }

    private static string[] LowerAscii()
    {
        var strings = new string[128];
        for (var c = '\0'; c < strings.Length; c++)
        {
            strings[c] = char.ToLowerInvariant(c).ToString();
        }

        return strings;
    }

    private static string Cut(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var hyphen = slug.LastIndexOf('-', MaxLength);
        return hyphen > 0 ? slug[..hyphen] : slug[..MaxLength];
    }

    // Letters that carry no combining mark to strip, so NFD leaves them non-ASCII.
    private static string? Transliterate(char c) => char.ToLowerInvariant(c) switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
