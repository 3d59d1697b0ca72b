using Syndication.Core.Formats.FeedItems;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class FeedTextTests
{
    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData("AT&T buys a rival", "AT&T buys a rival")]
    [InlineData("Caf&eacute; &amp; bar", "Café & bar")]
    [InlineData("<b>Bold</b> move<script>alert(1)</script>", "Bold move")]
    [InlineData("5 < 6 is true", "5 < 6 is true")]
    public void Plain_TitleAsFeedsWriteIt_IsTheTextAReaderSees(string text, string expected) => FeedText.Plain(text).ShouldBe(expected);

    [Fact]
    public void Paragraphs_BlankAndWhitespaceLines_SeparateParagraphs() =>
        FeedText.Paragraphs("  First line\n  goes on.\r\n   \n\nSecond.\n").ShouldBe(["First line goes on.", "Second."]);
}
