using System.Text.RegularExpressions;

namespace Syndication.Core.Stories;

/// <summary>
/// A story's copyright line (<see cref="StoryRights.Copyright"/>) taken apart into its year and holder,
/// for formats that carry them as fields: NITF's <c>doc.copyright</c>, NewsML-G2's <c>copyrightHolder</c>.
/// </summary>
/// <param name="Year">The year or years ("2013", "2017-18"), when the line starts with one after its copyright mark.</param>
/// <param name="Holder">Who holds the copyright: the rest of the line.</param>
internal sealed partial record CopyrightLine(string? Year, string Holder)
{
    /// <summary>
    /// Reads "© 2013 Australian Associated Press", "Copyright 2017 The New York Times Company" or
    /// "(c) Copyright Thomson Reuters 2013. Click For Restrictions": the copyright marks go, a leading year is
    /// the year, and the rest is the holder. A line that is nothing but marks and a year is its own holder.
    /// </summary>
    public static CopyrightLine Parse(string line)
    {
        var match = Line().Match(line);
        var holder = match.Groups["holder"].Value.Trim();
        if (!match.Success || holder.Length == 0)
        {
            return new CopyrightLine(null, line.Trim());
        }

        return new CopyrightLine(match.Groups["year"].Success ? match.Groups["year"].Value : null, holder);
    }

    [GeneratedRegex(@"^\s*(?:(?:©|\(c\)|copyright\b)[\s,.:]*)*(?:(?<year>\d{4}(?:-\d{2,4})?)(?:[\s,.]+|$))?(?<holder>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex Line();
}
