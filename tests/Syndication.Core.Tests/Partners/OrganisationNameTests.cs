using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class OrganisationNameTests
{
    [Theory]
    [InlineData("The Middle East Online", "middle east online")]
    [InlineData("THE MIDDLE EAST ONLINE", "middle east online")]
    [InlineData("the  Middle\tEast\u00A0Online.", "middle east online")]
    [InlineData(" Middle East Online ;", "middle east online")]
    [InlineData("Middle East Online!?", "middle east online")]
    [InlineData("Reuters", "reuters")]
    [InlineData("The", "the")]
    [InlineData("Theatre Weekly", "theatre weekly")]
    [InlineData("Al Jazeera (English)", "al jazeera (english)")]
    [InlineData("Cafe\u0301 Press", "caf\u00E9 press")]
    public void Normalize_Name_FoldsCaseSpacesTrailingPunctuationAndLeadingThe(string name, string expected)
    {
        OrganisationName.Normalize(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Middle East Online Ltd")]
    [InlineData("Middle East")]
    [InlineData("Middle-East Online")]
    public void Normalize_DifferentName_StaysDifferent(string name)
    {
        OrganisationName.Normalize(name).ShouldNotBe(OrganisationName.Normalize("The Middle East Online"));
    }
}
