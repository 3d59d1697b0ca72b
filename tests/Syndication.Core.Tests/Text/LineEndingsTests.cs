using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class LineEndingsTests
{
    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\n\r\nb", "a\n\nb")]
    [InlineData("a\nb", "a\nb")]
    public void ToLineFeeds_AnyLineEnd_BecomesLineFeed(string text, string expected) =>
        LineEndings.ToLineFeeds(text).ShouldBe(expected);
}
