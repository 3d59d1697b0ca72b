using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class StoryAudienceTests
{
    [Fact]
    public void Admits_Everyone_AdmitsAnyPartner()
    {
        StoryAudience.Everyone.Admits("meo").ShouldBeTrue();
        StoryAudience.Everyone.Admits("anyone").ShouldBeTrue();
    }

    [Fact]
    public void Admits_Exclusive_AdmitsOnlyItsPartnerIgnoringCase()
    {
        var audience = StoryAudience.Exclusive("meo");

        audience.Admits("meo").ShouldBeTrue();
        audience.Admits("MEO").ShouldBeTrue();
        audience.Admits("gulf").ShouldBeFalse();
    }

    [Fact]
    public void Admits_HeldAndNotRouted_AdmitsNobody()
    {
        StoryAudience.Held([]).Admits("meo").ShouldBeFalse();
    }

    [Fact]
    public void Admits_HeldAndRouted_AdmitsTheRoutedPartnersOnly()
    {
        var audience = StoryAudience.Held(["gulf", "meo"]);

        audience.Admits("gulf").ShouldBeTrue();
        audience.Admits("meo").ShouldBeTrue();
        audience.Admits("other").ShouldBeFalse();
    }

    [Fact]
    public void Admits_EmbargoedWithheldOrKilled_AdmitsNobody()
    {
        StoryAudience.Embargoed(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)).Admits("meo").ShouldBeFalse();
        StoryAudience.Withheld.Admits("meo").ShouldBeFalse();
        StoryAudience.Killed.Admits("meo").ShouldBeFalse();
    }
}
