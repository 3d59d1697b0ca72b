namespace Syndication.Core.Normalization;

/// <summary>
/// Finds the label a desk puts before a headline ("Syrian Conflict: Twin assaults ..."). The headline
/// itself is left whole: the kicker is read off it, never cut from it.
/// </summary>
internal static class Kicker
{
    // Implementation note: past five words the part before the colon is a sentence ("The minister said:
    // ..."), not a label; a label is a topic or a series name.
    private const int MaxWords = 5;

    public static string? FromHeadline(string headline)
    {
        var colon = headline.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || string.IsNullOrWhiteSpace(headline[(colon + 2)..]))
        {
            return null;
        }

        var label = headline[..colon].Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= MaxWords ? label : null;
    }
}
