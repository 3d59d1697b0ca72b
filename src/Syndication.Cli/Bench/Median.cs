namespace Syndication.Cli.Bench;

/// <summary>The median of a round's figures: what a noisy, shared machine's rounds are compared by.</summary>
internal static class Median
{
    internal static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values to take the median of.", nameof(values));
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
