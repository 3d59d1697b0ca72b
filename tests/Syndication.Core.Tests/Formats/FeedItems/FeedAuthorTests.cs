using Syndication.Core.Formats.FeedItems;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class FeedAuthorTests
{
    [Theory]
    [InlineData("redaktion@derStandard.at (derStandard.at Redaktion)", "derStandard.at Redaktion")]
    [InlineData("Scappaticci, Elena", "Scappaticci, Elena")]
    [InlineData("  gillian Wong  ", "gillian Wong")]
    [InlineData("desk@example.org", null)]
    [InlineData("", null)]
    public void Name_AuthorAsWritten_IsThePersonsName(string author, string? expected) => FeedAuthor.Name(author).ShouldBe(expected);
}
