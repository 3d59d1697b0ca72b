using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>Reads the lists of people that bylines and sign-offs name ("Tom Perry and Ellen Francis").</summary>
/// <remarks>
/// Implementation note: a name is accepted only when it looks like one (a few capitalised words, with the
/// usual lower-case particles), because the same words start ordinary sentences: "By noon the troops had
/// left" must stay in the body, not become a byline.
/// </remarks>
internal static partial class PersonNames
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "della", "der", "den", "des", "du",
        "dos", "das", "do", "la", "le", "van", "von", "ter", "y", "d", "l",
    };

    /// <summary>The names of a list joined by commas, "and" or "&amp;", each trimmed.</summary>
    public static string[] Split(string list)
    {
        var names = Separator().Split(list.Trim());
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i].Trim();
        }

        return names;
    }

    /// <summary>Whether <paramref name="name"/> reads as the name of a person or an organisation.</summary>
    public static bool IsPlausibleName(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords)
        {
            return false;
        }

        var capitalised = false;
        foreach (var word in words)
        {
            if (!IsNameWord(word))
            {
                return false;
            }

            capitalised |= char.IsUpper(word[0]);
        }

        return capitalised;
    }

    private static bool IsNameWord(string word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        if (char.IsUpper(word[0]) || s_particles.Contains(word))
        {
            return true;
        }

        // "al-Mahalawi", "d'Estaing": a particle joined to a capitalised name.
        var joint = word.IndexOfAny(['-', '\'', '\u2019']);
        return joint > 0 && joint + 1 < word.Length && s_particles.Contains(word[..joint]) && char.IsUpper(word[joint + 1]);
    }

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
