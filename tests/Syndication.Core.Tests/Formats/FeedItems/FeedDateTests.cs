using Syndication.Core.Formats.FeedItems;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Sat, 07 Jan 2017 18:20:03 +0300", "2017-01-07T18:20:03+03:00")]
    [InlineData("07 Jan 2017 18:20:03 +0300", "2017-01-07T18:20:03+03:00")]
    [InlineData("Sat, 7 Jan 2017 09:40:00 -0500", "2017-01-07T09:40:00-05:00")]
    [InlineData("Sat, 07 Jan 2017 01:49:31 GMT ", "2017-01-07T01:49:31+00:00")]
    [InlineData("Sat, 07 Jan 17 01:49 EST", "2017-01-07T01:49:00-05:00")]
    [InlineData("Sat, 07 January 2017 01:49:31 CEST", "2017-01-07T01:49:31+02:00")]
    [InlineData("Sat, 07 Jan 2017 01:49:31 +05:30", "2017-01-07T01:49:31+05:30")]
    [InlineData("2017-01-07T13:07:24+01:00", "2017-01-07T13:07:24+01:00")]
    [InlineData("2017-01-07T13:07:24.123Z", "2017-01-07T13:07:24.123+00:00")]
    [InlineData("2015-01-30 03:26:05+00:00", "2015-01-30T03:26:05+00:00")]
    public void TryParse_DateFeedsWrite_KeepsItsOffset(string text, string expected)
    {
        FeedDate.TryParse(text, out var date).ShouldBeTrue();

        date.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        date.Offset.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sat, 07 Jan 2017 18:20:03")]
    [InlineData("Sat, 07 Jan 2017 18:20:03 XYZ")]
    [InlineData("Sat, 31 Feb 2017 18:20:03 GMT")]
    [InlineData("Sat, 07 Foo 2017 18:20:03 GMT")]
    [InlineData("2017-01-07T13:07:24")]
    [InlineData("2017-01-07")]
    public void TryParse_NoDateOrNoZone_IsFalse(string text) => FeedDate.TryParse(text, out _).ShouldBeFalse();
}
