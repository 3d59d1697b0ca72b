using System.Text.RegularExpressions;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>
/// The desk's marks around a piece of copy: priority lines ("FLASH", "URGENT", "BULLETIN"), an embargo
/// line ("EMBARGOED UNTIL 0001 GMT June 2, 2025"), and correction and kill advisories ("CORRECTION",
/// "CORRECTED-" before a headline, "KILL", "WITHDRAWN"). Reads them line by line and keeps what they say.
/// </summary>
internal sealed partial class PlainCopyAdvisory
{
    // No advisory line is anywhere near this long; bounds the regex's work on a paragraph.
    private const int MaxLineLength = 160;

    private readonly List<string> _deviations = [];

    /// <summary>IPTC urgency: 1 for a flash, 2 for a bulletin, 3 for urgent copy.</summary>
    public int? Urgency { get; private set; }

    public DateTimeOffset? Embargo { get; private set; }

    public bool IsCorrection { get; private set; }

    /// <summary>Usable, Canceled for a kill or withdrawal, Withheld for an embargo whose time cannot be read.</summary>
    public PubStatus PubStatus { get; private set; }

    public IReadOnlyList<string> Deviations => _deviations;

    /// <summary>Reads <paramref name="line"/> if it is an advisory line on its own; otherwise changes nothing.</summary>
    public bool TryReadLine(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return false;
        }

        var embargo = EmbargoLine().Match(line);
        if (embargo.Success)
        {
            ReadEmbargo(embargo.Groups["time"].Value);
            return true;
        }

        var mark = MarkLine().Match(line);
        if (!mark.Success)
        {
            return false;
        }

        Read(mark.Groups["mark"].Value);
        return true;
    }

    /// <summary>Takes a mark off the front of a headline ("URGENT: ", "CORRECTED-", "KILL - ") and reads it.</summary>
    public string StripHeadlineMark(string headline)
    {
        var prefix = HeadlinePrefix().Match(headline);
        if (!prefix.Success || prefix.Length == headline.Length)
        {
            return headline;
        }

        Read(prefix.Groups["mark"].Value);
        return headline[prefix.Length..];
    }

    private void Read(string mark)
    {
        switch (mark.ToUpperInvariant())
        {
            case "FLASH":
                Urgency = Math.Min(Urgency ?? 1, 1);
                break;
            case "BULLETIN":
                Urgency = Math.Min(Urgency ?? 2, 2);
                break;
            case "URGENT":
                Urgency = Math.Min(Urgency ?? 3, 3);
                break;
            case "CORRECTION" or "CORRECTED":
                IsCorrection = true;
                break;
            default:
                // KILL, KILLED, WITHDRAWN, WITHDRAWAL, MANDATORY KILL: no priority or embargo outranks it.
                PubStatus = PubStatus.Canceled;
                break;
        }
    }

    private void ReadEmbargo(string time)
    {
        if (EmbargoTime.TryParse(time, out var embargo))
        {
            Embargo = embargo;
            return;
        }

        // Implementation note: an embargo we cannot read is held rather than published: publishing it
        // early breaks the embargo, and an operator can release a held story.
        _deviations.Add($"The embargo time \"{time.Trim()}\" names no date, year and zone that can be read; the story is withheld.");
        if (PubStatus == PubStatus.Usable)
        {
            PubStatus = PubStatus.Withheld;
        }
    }

    // Without "until", a colon or a dash, the time must start with a digit: a headline that opens with the
    // word ("Embargoed report shows ...") is not an advisory.
    [GeneratedRegex(@"^(?:embargo(?:ed)?)\s*(?:(?:until|till|to|:|-)\s*:?\s*(?<time>\S.*)|(?<time>\d.*))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EmbargoLine();

    [GeneratedRegex(@"^[\s*=-]*(?:advisory\s*[:-]?\s*)?(?<mark>flash|bulletin|urgent|correction|corrected|kill|killed|mandatory\s+kill|withdrawn|withdrawal)(?:\s+\k<mark>)*[\s*=!.-]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkLine();

    [GeneratedRegex(@"^(?<mark>FLASH|BULLETIN|URGENT|CORRECTION|CORRECTED|KILL|WITHDRAWN)\s*(?::|-|—|–)\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeadlinePrefix();
}
