using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class PartnerIdentifierTests
{
    [Theory]
    [InlineData("meo", true)]
    [InlineData("Gulf_Daily-2", true)]
    [InlineData("9news", true)]
    [InlineData("", false)]
    [InlineData("-meo", false)]
    [InlineData("m e o", false)]
    [InlineData("me/o", false)]
    [InlineData("m\u00E9o", false)]
    [InlineData(null, false)]
    public void IsValid_Name_AcceptsUrlSafeAsciiOnly(string? name, bool valid)
    {
        PartnerIdentifier.IsValid(name).ShouldBe(valid);
    }

    [Fact]
    public void IsValid_LongestAllowedAndOneMore_AcceptsOnlyTheFirst()
    {
        PartnerIdentifier.IsValid(new string('a', 64)).ShouldBeTrue();
        PartnerIdentifier.IsValid(new string('a', 65)).ShouldBeFalse();
    }
}
