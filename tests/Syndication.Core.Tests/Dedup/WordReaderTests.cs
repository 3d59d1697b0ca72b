using System.Text;
using CsCheck;
using Syndication.Core.Dedup;

namespace Syndication.Core.Tests.Dedup;

public sealed class WordReaderTests
{
    [Fact]
    public void Read_AnyText_GivesTheTokensOfTheWordsReadOneCharacterAtATime()
    {
        // Runs of letters long enough to cross the 16-character window and the packing limit, and every
        // kind of character the reader tells apart: ASCII letters and digits, separators on both sides of
        // the letters in ASCII, apostrophes, non-ASCII letters (some whose lower case is ASCII) and others.
        var piece = Gen.Frequency(
            (6, Gen.Char["abcXYZ0189"].Array[1, 19].Select(chars => new string(chars))),
            (4, Gen.Char[" \n,.-@[`{/:"].Select(c => c.ToString())),
            (2, Gen.Char["'\u2019\u2018\u02BC"].Select(c => c.ToString())),
            (2, Gen.Char["\u00E9\u00C9\u00DF\u212A\u0130\u0645\u0661\u4E2D\u0101"].Select(c => c.ToString())),
            (2, Gen.Char["\u201C\u201D\u2014\u00A0\u0301\u00FF\u0100\u2161"].Select(c => c.ToString())),
            (1, Gen.Char["\u2000\u2026\u2060\u206F\u2070\u1FFF\u201A\u201B"].Select(c => c.ToString())),
            (1, Gen.Char.Select(c => c.ToString())));
        var paragraph = piece.Array[0, 40].Select(pieces => string.Concat(pieces));

        paragraph.Sample(text => Tokens(text).ShouldBe(OneByOne(text).Select(word => WordReader.Token(word)), text), iter: 20_000);
    }

    [Theory]
    [InlineData("It\u2019s", "its")]
    [InlineData("BANK", "bank")]
    [InlineData("'tis", "tis")]
    [InlineData("Caf\u00C9", "caf\u00E9")]
    public void Read_WordKeyedAnotherWay_GivesTheTokenOfItsFoldedForm(string written, string folded) =>
        Tokens($"the word {written} and more words after it").ShouldBe(Tokens($"the word {folded} and more words after it"));

    [Theory]
    [InlineData("abcdefgh", "abcdefgi")]
    [InlineData("abcdefghijklmnop", "abcdefghijklmnoq")]
    [InlineData("abcdefghijklmnopq", "abcdefghijklmnopr")]
    [InlineData("a", "aa")]
    [InlineData("caf\u00E9", "cafe")]
    public void Token_DifferentWords_Differ(string word, string other) =>
        WordReader.Token(word).ShouldNotBe(WordReader.Token(other));

    [Fact]
    public void Token_WordsOfTheReutersCollection_AreAllDistinct()
    {
        // Every folded word of 21,578 stories: the packed ones cannot collide, the hashed ones should not.
        var words = DedupStories.ReutersParagraphs().SelectMany(OneByOne).ToHashSet(StringComparer.Ordinal);

        words.Count.ShouldBeGreaterThan(30_000);
        words.Select(word => WordReader.Token(word)).Distinct().Count().ShouldBe(words.Count);
    }

    private static ulong[] Tokens(string text)
    {
        var tokens = new ulong[WordReader.MaxCount(text)];
        return tokens[..WordReader.Read(text, tokens)];
    }

    // The definition: a word is a run of letters and digits, lower-cased, its apostrophes dropped.
    private static List<string> OneByOne(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && char.IsLetterOrDigit(c)))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019' or '\u2018' or '\u02BC') && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }
}
