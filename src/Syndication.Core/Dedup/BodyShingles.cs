using System.Buffers;
using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>
/// The word 3-shingles of a story's body, as 64-bit hashes: what two copies of one story share however a
/// desk re-keyed them.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits, case-folded; apostrophes inside it (straight or curly) are
/// dropped, so "it's" and "it’s" are one word; every other character (quote marks, punctuation, dashes,
/// whitespace) only separates words (<see cref="WordReader"/> reads them). Spelled-out forms of the wire's
/// abbreviations are read as the abbreviation (<see cref="WireAbbreviations"/>). The paragraphs are read
/// as one run of words, so splitting or joining paragraphs changes nothing and moving one changes only the
/// shingles across its edges. A body of one or two words is one shingle of those words; a body without
/// words has none. A shingle's hash is fmix64 of the exclusive or of its three words' tokens, the first
/// two rotated.
/// </remarks>
public static class BodyShingles
{
    public const int WordsPerShingle = 3;

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
    public static int Hash(IReadOnlyList<string> paragraphs, Span<ulong> destination)
    {
        var writer = new ShingleWriter(destination);
        Hash(paragraphs, ref writer);
        return writer.Count;
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

    /// <summary>Hands the hash of each shingle, in body order and with repeats, to <paramref name="sink"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    internal static void Hash<TSink>(IReadOnlyList<string> paragraphs, ref TSink sink)
        where TSink : IShingleSink, allows ref struct
    {
        // The words of a paragraph of up to 1,022 characters fit on the stack; a longer one rents room.
        Span<ulong> tokens = stackalloc ulong[512];
        ulong[]? rented = null;
        try
        {
            var run = default(WordRun);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                if (WordReader.MaxCount(paragraph) > tokens.Length)
                {
                    if (rented is not null)
                    {
                        ArrayPool<ulong>.Shared.Return(rented);
                    }

                    rented = ArrayPool<ulong>.Shared.Rent(WordReader.MaxCount(paragraph));
                    tokens = rented;
                }

                run = Continue(run, tokens[..WordReader.Read(paragraph, tokens)], ref sink);
            }

            if (run.Words is > 0 and < WordsPerShingle)
            {
                sink.Add(Shingle(0, run.First, run.Second));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Hands the shingles that end in each of <paramref name="tokens"/> to <paramref name="sink"/>; returns the run's new state.</summary>
    /// <remarks>
    /// Implementation note: a loop of its own, so that the run's state and the folding table stay in
    /// registers rather than on the stack beside the paragraph loop's.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordRun Continue<TSink>(WordRun run, scoped ReadOnlySpan<ulong> tokens, ref TSink sink)
        where TSink : IShingleSink, allows ref struct
    {
        var folding = WireAbbreviations.Lookup;
        var (first, second, words) = run;
        foreach (var token in tokens)
        {
            var word = folding.Fold(token);
            if (++words >= WordsPerShingle)
            {
                sink.Add(Shingle(first, second, word));
            }

            first = second;
            second = word;
        }

        return new WordRun(first, second, words);
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

    /// <summary>The last two words read and how many words there were, carried from one paragraph to the next.</summary>
    private readonly record struct WordRun(ulong First, ulong Second, int Words);
}
