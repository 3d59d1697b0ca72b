using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>
/// The word 3-shingles of a story's body, as 64-bit hashes: what two copies of one story share however a
/// desk re-keyed them.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits, case-folded; apostrophes inside it (straight or curly) are
/// dropped, so "it's" and "it’s" are one word; every other character (quote marks, punctuation, dashes,
/// whitespace) only separates words. Spelled-out forms of the wire's abbreviations are read as the
/// abbreviation (<see cref="WireAbbreviations"/>). The paragraphs are read as one run of words, so splitting or joining
/// paragraphs changes nothing and moving one changes only the shingles across its edges. A body of one or
/// two words is one shingle of those words; a body without words has none.
/// </remarks>
public static class BodyShingles
{
    public const int WordsPerShingle = 3;

    // FNV-1a over the case-folded characters of a word, then a finalizer so that every bit of the word's
    // hash depends on every character.
    private const ulong WordSeed = 0xCBF29CE484222325;
    private const ulong WordPrime = 0x100000001B3;

    /// <summary>An upper bound of the shingles <paramref name="paragraphs"/> can have, to size the destination.</summary>
    public static int MaxCount(IReadOnlyList<string> paragraphs)
    {
        var characters = 0L;
        foreach (var paragraph in paragraphs)
        {
            characters += paragraph.Length;
        }

        // Each word takes a character and a separator, save the last of a paragraph.
        return (int)Math.Min(int.MaxValue, (characters / 2) + paragraphs.Count + 1);
    }

    /// <summary>Writes the hash of each shingle, in body order and with repeats, and returns how many were written.</summary>
    /// <param name="paragraphs">The normalized body.</param>
    /// <param name="destination">At least <see cref="MaxCount"/> long.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    public static int Hash(IReadOnlyList<string> paragraphs, Span<ulong> destination)
    {
        ulong first = 0, second = 0;
        var words = 0;
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var word = WordSeed;
            var inWord = false;
            foreach (var c in paragraph)
            {
                if (c < 0x80)
                {
                    var lower = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                    if ((uint)(lower - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                    {
                        word = (word ^ lower) * WordPrime;
                        inWord = true;
                        continue;
                    }

                    if (c == '\'')
                    {
                        continue;
                    }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    word = (word ^ char.ToLowerInvariant(c)) * WordPrime;
                    inWord = true;
                    continue;
                }
                else if (c is '\u2019' or '\u2018' or '\u02BC')
                {
                    continue;
                }

                if (inWord)
                {
                    EndWord(WireAbbreviations.Fold(Mix(word)), ref first, ref second, ref words, destination, ref count);
                    word = WordSeed;
                    inWord = false;
                }
            }

            if (inWord)
            {
                EndWord(WireAbbreviations.Fold(Mix(word)), ref first, ref second, ref words, destination, ref count);
            }
        }

        if (words is > 0 and < WordsPerShingle)
        {
            destination[count++] = Shingle(0, first, second);
        }

        return count;
    }

    /// <summary>The distinct shingle hashes of <paramref name="paragraphs"/>, for an exact Jaccard similarity.</summary>
    public static HashSet<ulong> Set(IReadOnlyList<string> paragraphs)
    {
        var hashes = new ulong[MaxCount(paragraphs)];
        return [.. hashes.AsSpan(0, Hash(paragraphs, hashes))];
    }

    /// <summary>|A ∩ B| / |A ∪ B|; 0 when both are empty.</summary>
    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = smaller.Count(larger.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>The hash of one lower-case ASCII word, as <see cref="Hash"/> computes it before folding.</summary>
    internal static ulong WordHash(string word)
    {
        var hash = WordSeed;
        foreach (var c in word)
        {
            hash = (hash ^ c) * WordPrime;
        }

        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(ulong word, ref ulong first, ref ulong second, ref int words, Span<ulong> destination, ref int count)
    {
        words++;
        if (words >= WordsPerShingle)
        {
            destination[count++] = Shingle(first, second, word);
        }

        first = second;
        second = word;
    }

    // Rotations keep the order of the words: "a b c" and "c b a" are different shingles.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Shingle(ulong first, ulong second, ulong third) =>
        Mix(ulong.RotateLeft(first, 42) ^ ulong.RotateLeft(second, 21) ^ third);

    /// <summary>The finalizer of MurmurHash3 (fmix64): each output bit depends on every input bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        return h ^ (h >> 33);
    }
}
