using CsCheck;
using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("Three plain words", 3)]
    [InlineData("al-Mahalawi, the 8th \u201Ccaliphate\u201D", 4)]
    [InlineData("A dash \u2014 is not a word - nor is this", 9)]
    [InlineData("\u201C \u201D ... 42", 1)]
    [InlineData("", 0)]
    public void Count_Paragraph_CountsTokensWithLetterOrDigit(string paragraph, int expected) =>
        WordCounter.Count([paragraph]).ShouldBe(expected);

    [Fact]
    public void Count_SeveralParagraphs_AddsThemUp() =>
        WordCounter.Count(["one two", "three", "four five six"]).ShouldBe(6);

    [Fact]
    public void Count_AnyText_CountsAsReadingOneCharacterAtATime()
    {
        // Lengths past several blocks of eight, and every kind of character the count tells apart.
        var text = Gen.Frequency(
                (6, Gen.Char["abcXYZ0189"]),
                (4, Gen.Char[" \t\n"]),
                (3, Gen.Char[".,-\"'()\u2014\u201C\u201D\u2019"]),
                (2, Gen.Char["\u00A0\u2003\u3000\u0085\u00E9\u0645\u0661\u00B2\u0301"]),
                (1, Gen.Char))
            .Array[0, 80]
            .Select(chars => new string(chars));

        text.Sample(paragraph => WordCounter.Count([paragraph]).ShouldBe(CountOneByOne(paragraph)), iter: 20_000);
    }

    private static int CountOneByOne(string paragraph)
    {
        var words = 0;
        var tokenHasLetterOrDigit = false;
        foreach (var c in paragraph + " ")
        {
            if (char.IsWhiteSpace(c))
            {
                words += tokenHasLetterOrDigit ? 1 : 0;
                tokenHasLetterOrDigit = false;
            }
            else
            {
                tokenHasLetterOrDigit |= char.IsLetterOrDigit(c);
            }
        }

        return words;
    }
}
