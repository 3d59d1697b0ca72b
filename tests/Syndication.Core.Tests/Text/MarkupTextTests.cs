using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class MarkupTextTests
{
    [Theory]
    [InlineData("<p>Text</p>", true)]
    [InlineData("<img src=\"x.gif\" width=\"1\" />", false)]
    [InlineData("<hr/>\n<p> </p>", false)]
    [InlineData("<p>—</p>", false)]
    [InlineData("<p title=\"Words in an attribute\"></p>", false)]
    public void HasVisibleText_Html_SaysWhetherAnyWordIsOutsideTags(string html, bool expected) =>
        MarkupText.HasVisibleText(html).ShouldBe(expected);
}
