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
        if (colon <= 0 || headline.AsSpan(colon + 2).IsWhiteSpace())
        {
            return null;
        }

        var label = headline.AsSpan(0, colon).Trim();
        var words = CountWords(label);
        return words is > 0 and <= MaxWords ? label.ToString() : null;
    }

    // Words between single spaces; a run of spaces separates no empty word.
    private static int CountWords(ReadOnlySpan<char> label)
    {
        var words = 0;
        foreach (var range in label.Split(' '))
        {
            words += label[range].IsEmpty ? 0 : 1;
        }

        return words;
    }
}
