using Syndication.Core.Formats.Iptc7901;

namespace Syndication.Core.Tests.Formats.Iptc7901;

public sealed class AnpaPriorityTests
{
    [Theory]
    [InlineData('f', 1)]
    [InlineData('b', 2)]
    [InlineData('u', 3)]
    [InlineData('r', 5)]
    [InlineData('d', 6)]
    [InlineData('F', 1)]
    public void ToUrgency_KnownLetter_MapsOntoIptcScale(char priority, int urgency) =>
        AnpaPriority.ToUrgency(priority).ShouldBe(urgency);

    [Fact]
    public void ToUrgency_UnknownLetter_GivesNone() => AnpaPriority.ToUrgency('q').ShouldBeNull();
}
