namespace Syndication.Core.Dedup;

/// <summary>
/// Folds the words wire copy abbreviates ("mln", "pct", "dlrs", "Corp") and their spelled-out forms
/// ("million", "percent", "dollars", "Corporation") into one, so a desk that expands them has not
/// re-keyed a third of an earnings story's shingles.
/// </summary>
/// <remarks>
/// Implementation note: only single words. "U.S." against "United States" would need a phrase, and a
/// word-level rule ("states" to "s") would fold unrelated text; the few shingles it costs are left.
/// Words are matched by their <see cref="BodyShingles"/> word hash in an open-addressing table a quarter full,
/// about one read per word, so the fold costs nothing measurable on the hot path.
/// </remarks>
internal static class WireAbbreviations
{
    /// <summary>Each spelled-out word and the abbreviation it folds into.</summary>
    internal static readonly (string Word, string Abbreviation)[] Folds =
    [
        ("million", "mln"), ("billion", "bln"), ("percent", "pct"), ("dollars", "dlrs"), ("dollar", "dlr"),
        ("cents", "cts"), ("share", "shr"), ("quarter", "qtr"), ("versus", "vs"), ("corporation", "corp"),
        ("incorporated", "inc"), ("limited", "ltd"), ("company", "co"), ("average", "avg"),
        ("government", "govt"), ("year", "yr"),
    ];

    private const int TableSize = 64;

    private static readonly (ulong Word, ulong Abbreviation)[] s_table = Table();

    /// <summary>The hash of the abbreviation when <paramref name="word"/> is the hash of a spelled-out word; else the word.</summary>
    internal static ulong Fold(ulong word)
    {
        for (var at = (int)(word & (TableSize - 1)); s_table[at].Word != 0; at = (at + 1) & (TableSize - 1))
        {
            if (s_table[at].Word == word)
            {
                return s_table[at].Abbreviation;
            }
        }

        return word;
    }

    private static (ulong, ulong)[] Table()
    {
        var table = new (ulong Word, ulong Abbreviation)[TableSize];
        foreach (var (word, abbreviation) in Folds)
        {
            var hash = BodyShingles.WordHash(word);
            var at = (int)(hash & (TableSize - 1));
            while (table[at].Word != 0)
            {
                at = (at + 1) & (TableSize - 1);
            }

            table[at] = (hash, BodyShingles.WordHash(abbreviation));
        }

        return table;
    }
}
