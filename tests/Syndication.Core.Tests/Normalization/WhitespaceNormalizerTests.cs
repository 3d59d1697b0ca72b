using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class WhitespaceNormalizerTests
{
    [Theory]
    [InlineData("put\u00A0 an end", "put an end")]
    [InlineData("put \u00A0an end", "put an end")]
    [InlineData("a  \t b\n c", "a b c")]
    [InlineData("a\u2003b\u3000c", "a b c")]
    [InlineData("  trimmed \u00A0", "trimmed")]
    public void Normalize_WhitespaceRuns_CollapseToOneSpace(string text, string expected) =>
        WhitespaceNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("10\u00A0km")]
    [InlineData("M.\u202FDupont")]
    public void Normalize_LoneNoBreakSpace_IsKept(string text) =>
        WhitespaceNormalizer.Normalize(text).ShouldBe(text);

    [Theory]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("word\u2060joiner", "wordjoiner")]
    [InlineData("inner\uFEFFbom", "innerbom")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("a \u200B b", "a b")]
    public void Normalize_InvisibleCharacters_AreDropped(string text, string expected) =>
        WhitespaceNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("bell\u0007 esc\u001B del\u007F c1\u009F", "bell esc del c1")]
    [InlineData("non\uFFFEchar\uFFFF", "nonchar")]
    public void Normalize_CharactersXmlCannotCarry_AreDropped(string text, string expected) =>
        WhitespaceNormalizer.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Normalize_LoneSurrogates_AreDropped()
    {
        // Built in code: test data attributes do not carry lone surrogates intact.
        var text = string.Concat("lone", "\uD800", " high ", "\uDC00", "low");

        WhitespaceNormalizer.Normalize(text).ShouldBe("lone high low");
    }

    [Fact]
    public void Normalize_SurrogatePair_IsKept() =>
        WhitespaceNormalizer.Normalize("grin \uD83D\uDE00").ShouldBe("grin \uD83D\uDE00");

    [Fact]
    public void Normalize_CleanText_ReturnsSameInstance()
    {
        const string clean = "Nothing to do here.";

        WhitespaceNormalizer.Normalize(clean).ShouldBeSameAs(clean);
    }

    [Fact]
    public void Normalize_InvisibleCharacterLateInNonLatinText_IsDropped()
    {
        var words = string.Join(' ', Enumerable.Repeat("\u0645\u0631\u062D\u0628\u0627", 12));

        WhitespaceNormalizer.Normalize(words + "\u200B \u00A0" + words).ShouldBe(words + " " + words);
    }

    [Fact]
    public void Normalize_CleanNonLatinText_ReturnsSameInstance()
    {
        var clean = string.Join(' ', Enumerable.Repeat("\u0645\u0631\u062D\u0628\u0627\u00A0\u0661", 12));

        WhitespaceNormalizer.Normalize(clean).ShouldBeSameAs(clean);
    }
}
