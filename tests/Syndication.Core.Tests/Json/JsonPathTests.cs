using Syndication.Core.Json;

namespace Syndication.Core.Tests.Json;

public sealed class JsonPathTests
{
    [Theory]
    [InlineData("partners", "$.partners")]
    [InlineData("urgency-at_most2", "$.urgency-at_most2")]
    [InlineData("b c", "$['b c']")]
    [InlineData("2nd", "$['2nd']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("", "$['']")]
    public void Property_Name_UsesDotNotationWhenItCanAndBracketsOtherwise(string name, string expected)
    {
        JsonPath.Property(JsonPath.Root, name).ShouldBe(expected);
    }

    [Fact]
    public void Item_Index_IsInBrackets()
    {
        JsonPath.Item("$.partners", 12).ShouldBe("$.partners[12]");
    }
}
