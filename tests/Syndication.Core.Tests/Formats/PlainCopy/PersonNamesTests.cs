using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Ann Lee", new[] { "Ann Lee" })]
    [InlineData("Ann Lee and Bo Chan", new[] { "Ann Lee", "Bo Chan" })]
    [InlineData("Ann Lee, Bo Chan, and Cy Young", new[] { "Ann Lee", "Bo Chan", "Cy Young" })]
    [InlineData("Ann Lee & Bo Chan", new[] { "Ann Lee", "Bo Chan" })]
    [InlineData("ANN LEE AND BO CHAN", new[] { "ANN LEE", "BO CHAN" })]
    public void Split_List_GivesNames(string list, string[] expected) =>
        PersonNames.Split(list).ShouldBe(expected);

    [Theory]
    [InlineData("Nelly Tawil")]
    [InlineData("Ismail al-Mahalawi")]
    [InlineData("Valéry Giscard d'Estaing")]
    [InlineData("Ludwig van Beethoven")]
    [InlineData("Martin Luther King Jr.")]
    [InlineData("Reuters")]
    public void IsPlausibleName_Name_IsTrue(string name) =>
        PersonNames.IsPlausibleName(name).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("noon the troops")]
    [InlineData("Wednesday, all had fled.")]
    [InlineData("One Two Three Four Five Six Seven")]
    [InlineData("Agent 007")]
    public void IsPlausibleName_NotAName_IsFalse(string name) =>
        PersonNames.IsPlausibleName(name).ShouldBeFalse();
}
