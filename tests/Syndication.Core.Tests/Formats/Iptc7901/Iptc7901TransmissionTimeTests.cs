using Syndication.Core.Formats.Iptc7901;

namespace Syndication.Core.Tests.Formats.Iptc7901;

public sealed class Iptc7901TransmissionTimeTests
{
    [Theory]
    [InlineData("\u0003131137 GMT Nov 13 \r\n", 2013, 11, 13, 11, 37)]
    [InlineData("\u0003071341 GMT Okt 15 \r\n", 2015, 10, 7, 13, 41)]
    [InlineData("\u0003211259 Nov 18\r\n", 2018, 11, 21, 12, 59)]
    public void Read_Stamp_ReadsUtcTime(string trailer, int year, int month, int day, int hour, int minute) =>
        Iptc7901TransmissionTime.Read(trailer).ShouldBe(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("\u0003311337 GMT Feb 15")]
    [InlineData("\u0003071341 GMT Xyz 15")]
    [InlineData("")]
    public void Read_ImpossibleOrMissingStamp_GivesNone(string trailer) => Iptc7901TransmissionTime.Read(trailer).ShouldBeNull();
}
