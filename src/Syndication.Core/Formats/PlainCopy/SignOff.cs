using System.Buffers;
using System.Text.RegularExpressions;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// The credits an agency closes its copy with: "-- Reporting by A and B; Writing by C; Editing by D",
/// often in parentheses. They name contributors and are not part of the body.
/// </summary>
internal static partial class SignOff
{
    // A sign-off is a few names; looking only at a paragraph's last characters keeps a long paragraph
    // full of "reporting by" from costing a scan per mention.
    private const int MaxLength = 400;

    // Implementation note: nearly every last paragraph is no sign-off, and one vectorized search for the
    // role words the Closing pattern requires proves it before the pattern runs. Ordinal ignore-case
    // matches at least what the pattern's culture-invariant ignore-case does on these ASCII words.
    private static readonly SearchValues<string> s_roleWords = SearchValues.Create(
        ["reporting", "writing", "written", "editing", "edited"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a sign-off off the end of <paramref name="paragraph"/>; <paramref name="rest"/> is the text
    /// before it, empty when the sign-off was the whole paragraph.
    /// </summary>
    public static bool TryStrip(string paragraph, out IReadOnlyList<Contributor> contributors, out string rest)
    {
        contributors = [];
        rest = paragraph;
        var start = Math.Max(0, paragraph.Length - MaxLength);
        if (!paragraph.AsSpan(start).ContainsAny(s_roleWords))
        {
            return false;
        }

        var match = Closing().Match(paragraph, start);
        if (!match.Success)
        {
            return false;
        }

        var list = match.Groups["list"].Value;
        var roles = Role().Matches(list);
        var found = new List<Contributor>();
        for (var i = 0; i < roles.Count; i++)
        {
            var namesStart = roles[i].Index + roles[i].Length;
            var namesEnd = i + 1 < roles.Count ? roles[i + 1].Index : list.Length;
            var role = RoleOf(roles[i].Groups["role"].Value);
            foreach (var listed in PersonNames.Split(list[namesStart..namesEnd].Trim().TrimEnd(';', ',', '.')))
            {
                var name = WithoutPlace(listed);
                if (!PersonNames.IsPlausibleName(name))
                {
                    return false;
                }

                found.Add(new Contributor(name, role));
            }
        }

        contributors = found;
        rest = paragraph[..match.Index].TrimEnd();
        return true;
    }

    // "Tom Perry in Beirut" -> "Tom Perry": where a reporter filed from is not part of their name.
    private static string WithoutPlace(string name)
    {
        var at = name.IndexOf(" in ", StringComparison.Ordinal);
        return at > 0 ? name[..at].TrimEnd() : name;
    }

    private static ContributorRole RoleOf(string role) => role.ToUpperInvariant() switch
    {
        "REPORTING" => ContributorRole.Reporter,
        "WRITING" or "WRITTEN" => ContributorRole.Writer,
        _ => ContributorRole.Editor,
    };

    // The list must open the paragraph or follow an opening parenthesis or a dash, so a sentence that
    // merely ends "... the reporting by Jane Smith" stays in the body. The list holds no parentheses,
    // which also keeps the lazy scan short.
    [GeneratedRegex(
        @"(?:^(?:\(|--|—|–)?|(?<=\s)(?:\(|--|—|–))\s*" +
        @"(?<list>(?:additional\s+)?(?:reporting|writing|written|editing|edited)\s+by\s[^()]{1,300}?)\s*\)?\s*\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Closing();

    [GeneratedRegex(
        @"(?:additional\s+)?(?<role>reporting|writing|written|editing|edited)\s+by\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Role();
}
