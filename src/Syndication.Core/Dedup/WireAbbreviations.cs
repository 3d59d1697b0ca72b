using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>
/// Folds the words wire copy abbreviates ("mln", "pct", "dlrs", "Corp") and their spelled-out forms
/// ("million", "percent", "dollars", "Corporation") into one, so a desk that expands them has not
/// re-keyed a third of an earnings story's shingles.
/// </summary>
/// <remarks>
/// Implementation note: only single words. "U.S." against "United States" would need a phrase, and a
/// word-level rule ("states" to "s") would fold unrelated text; the few shingles it costs are left.
/// Words are matched by their <see cref="WordReader"/> token in a table of 64 slots indexed by six bits
/// of it, the first six that give each spelled-out word a slot of its own: one read and one comparison
/// per word, and no branch to guess wrong (probing an open-addressing table did, for one word in four).
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

    private const int TableBits = 6;
    private const int TableSize = 1 << TableBits;

    private static readonly int s_shift = Shift();

    private static readonly (ulong Word, ulong Abbreviation)[] s_table = Table();

    /// <summary>The table, for a loop over many words to keep in registers: see <see cref="Folding.Fold"/>.</summary>
    internal static Folding Lookup => new(s_table, s_shift);

    /// <summary>The folding table and the shift that indexes it.</summary>
    internal readonly struct Folding((ulong Word, ulong Abbreviation)[] table, int shift)
    {
        /// <summary>The token of the abbreviation when <paramref name="word"/> is the token of a spelled-out word; else the word.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Fold(ulong word)
        {
            ref readonly var entry = ref table[(int)(word >> shift) & (TableSize - 1)];
            return entry.Word == word ? entry.Abbreviation : word;
        }
    }

    private static (ulong, ulong)[] Table()
    {
        var table = new (ulong Word, ulong Abbreviation)[TableSize];
        foreach (var (word, abbreviation) in Folds)
        {
            var token = WordReader.Token(word);
            table[(int)(token >> s_shift) & (TableSize - 1)] = (token, WordReader.Token(abbreviation));
        }

        return table;
    }

    // The lowest six bits of the tokens, from the bottom up, in which no two spelled-out words agree.
    private static int Shift()
    {
        var tokens = Folds.Select(fold => WordReader.Token(fold.Word)).ToArray();
        for (var shift = 0; shift <= 64 - TableBits; shift++)
        {
            if (tokens.Select(token => (token >> shift) & (TableSize - 1)).Distinct().Count() == tokens.Length)
            {
                return shift;
            }
        }

        throw new InvalidOperationException("No six bits of the tokens tell the spelled-out words apart.");
    }
}
