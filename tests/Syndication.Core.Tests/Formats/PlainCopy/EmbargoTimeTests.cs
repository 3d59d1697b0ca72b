using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class EmbargoTimeTests
{
    [Theory]
    [InlineData("0001 GMT June 2, 2025", "2025-06-02T00:01:00+00:00")]
    [InlineData("00:01 GMT Tuesday June 2, 2025", "2025-06-02T00:01:00+00:00")]
    [InlineData("June 2, 2025 12:30 EDT", "2025-06-02T12:30:00-04:00")]
    [InlineData("2 June 2025 09:15 CEST", "2025-06-02T09:15:00+02:00")]
    [InlineData("10:00 pm EST Jan 3 2026", "2026-01-03T22:00:00-05:00")]
    [InlineData("12:00 am GMT 2026-01-03", "2026-01-03T00:00:00+00:00")]
    [InlineData("1400 +0530 5 March 2026", "2026-03-05T14:00:00+05:30")]
    [InlineData("2025-06-02T00:01:00Z", "2025-06-02T00:01:00+00:00")]
    [InlineData("2025-06-02T02:01:00+02:00.", "2025-06-02T02:01:00+02:00")]
    public void TryParse_TimeWithDateYearAndZone_ReadsIt(string text, string expected)
    {
        EmbargoTime.TryParse(text, out var time).ShouldBeTrue();

        time.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        time.Offset.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("0001 GMT Tuesday")]
    [InlineData("June 2, 2025 00:01")]
    [InlineData("further notice")]
    [InlineData("25:00 GMT June 2, 2025")]
    [InlineData("0001 XYZ June 2, 2025")]
    public void TryParse_TimeMissingDateYearOrZone_Refuses(string text) =>
        EmbargoTime.TryParse(text, out _).ShouldBeFalse();
}
