using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class QuoteNormalizerTests
{
    [Theory]
    [InlineData("If Raqqa falls, \u201Dit\u2019s the end\u201D, he said.", "If Raqqa falls, \u201Cit\u2019s the end\u201D, he said.")]
    [InlineData("\u201DStart\u201D", "\u201CStart\u201D")]
    [InlineData("(\u201Dbracketed\u201D)", "(\u201Cbracketed\u201D)")]
    [InlineData("said \u201Chello\u201C then", "said \u201Chello\u201D then")]
    public void Normalize_WrongWayDoubleQuote_IsTurned(string text, string expected) =>
        QuoteNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("\"Hello,\" she said.", "\u201CHello,\u201D she said.")]
    [InlineData("a (\"b\") c", "a (\u201Cb\u201D) c")]
    [InlineData("\"'Nested,' he said\"", "\u201C\u2018Nested,\u2019 he said\u201D")]
    public void Normalize_StraightDoubleQuotes_TurnCurlyByContext(string text, string expected) =>
        QuoteNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("it's Syria's", "it\u2019s Syria\u2019s")]
    [InlineData("the students' books", "the students\u2019 books")]
    [InlineData("'Quoted' word", "\u2018Quoted\u2019 word")]
    [InlineData("the '90s", "the \u201990s")]
    [InlineData("rock 'n' roll", "rock \u2019n\u2019 roll")]
    public void Normalize_StraightSingleQuotes_TurnCurlyByContext(string text, string expected) =>
        QuoteNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("He said \u2019stop\u2019 twice", "He said \u2018stop\u2019 twice")]
    [InlineData("it\u2018s", "it\u2019s")]
    public void Normalize_WrongWaySingleQuote_IsTurned(string text, string expected) =>
        QuoteNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("it\u2019s Syria\u2019s \u201Cbest\u201D")]
    [InlineData("\u2019Tis the season")]
    [InlineData("the \u201990s were \u2019round here")]
    [InlineData("no closing \u2019quote here")]
    [InlineData("Er sagte \u201EHallo\u201C und ging.")]
    [InlineData("\"Hallo\", sagte er, \u201Eja\u201C")]
    [InlineData("'Ja' \u2018x\u2018 und \u201Aja\u2018")]
    [InlineData("\u00ABGuillemets\u00BB stay")]
    public void Normalize_RightOrUnclearQuotes_AreKept(string text) =>
        QuoteNormalizer.Normalize(text).ShouldBe(text);

    [Fact]
    public void Normalize_ReversedHighQuote_IsNoQuoteMark() =>
        QuoteNormalizer.Normalize("the \u201B90s \"best\"").ShouldBe("the \u201B90s \u201Cbest\u201D");
}
