using System.Text.RegularExpressions;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// The header lines between a plain copy's headline and its body: "Exclusive to NAME", "Edited by NAME",
/// "By NAME and NAME, AFFILIATION". Reads them one line at a time and keeps what they say.
/// </summary>
internal sealed partial class PlainCopyHeader
{
    // Bounds the work on a line that is really a paragraph; no header line is anywhere near this long.
    private const int MaxLineLength = 200;

    private const int MaxExclusiveToWords = 10;

    private readonly List<Contributor> _contributors = [];

    public IReadOnlyList<Contributor> Contributors => _contributors;

    /// <summary>The organisation named by "Exclusive to NAME".</summary>
    public string? ExclusiveTo { get; private set; }

    /// <summary>The organisation after a byline's last comma ("By Tom Perry, Reuters").</summary>
    public string? Affiliation { get; private set; }

    /// <summary>Reads <paramref name="line"/> (trimmed) if it is a header line; otherwise changes nothing.</summary>
    public bool TryRead(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return false;
        }

        var match = HeaderLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value.Trim();
        if (match.Groups["exclusive"].Success)
        {
            return TryReadExclusiveTo(rest);
        }

        return match.Groups["edited"].Success
            ? TryReadPeople(rest, ContributorRole.Editor)
            : TryReadByline(rest);
    }

    private bool TryReadExclusiveTo(string name)
    {
        name = name.TrimEnd('.');
        if (name.Length == 0
            || name.AsSpan().IndexOfAny(",;:!?\"\u201C\u201D") >= 0
            || name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxExclusiveToWords)
        {
            return false;
        }

        ExclusiveTo ??= name;
        return true;
    }

    private bool TryReadByline(string byline)
    {
        // Implementation note: a last comma segment without "and" is an affiliation ("By A and B, Reuters");
        // the rarer "By A, B" (two authors, no "and") is read as author A of organisation B.
        var comma = byline.LastIndexOf(',');
        if (comma > 0)
        {
            var tail = byline[(comma + 1)..].Trim();
            var isName = tail.StartsWith("and ", StringComparison.OrdinalIgnoreCase)
                || tail.Contains(" and ", StringComparison.OrdinalIgnoreCase)
                || tail.Contains('&');
            if (!isName)
            {
                if (!PersonNames.IsPlausibleName(tail) || !TryReadPeople(byline[..comma], ContributorRole.Author))
                {
                    return false;
                }

                Affiliation ??= tail;
                return true;
            }
        }

        return TryReadPeople(byline, ContributorRole.Author);
    }

    private bool TryReadPeople(string list, ContributorRole role)
    {
        var names = PersonNames.Split(list);
        foreach (var name in names)
        {
            if (!PersonNames.IsPlausibleName(name))
            {
                return false;
            }
        }

        foreach (var name in names)
        {
            _contributors.Add(new Contributor(name, role));
        }

        return true;
    }

    [GeneratedRegex(@"^(?:(?<exclusive>exclusive\s+to)|(?<edited>edited\s+by)|by)\s+(?<rest>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeaderLine();
}
