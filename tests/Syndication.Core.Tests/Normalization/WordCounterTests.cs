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
}
