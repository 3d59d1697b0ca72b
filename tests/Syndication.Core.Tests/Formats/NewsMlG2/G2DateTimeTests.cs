using System.Xml.Linq;
using Syndication.Core.Formats.NewsMlG2;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

public sealed class G2DateTimeTests
{
    [Theory]
    [InlineData("2016-10-21T16:25:32-05:00", "2016-10-21T16:25:32-05:00")]
    [InlineData("2013-03-04T11:14:13.000Z", "2013-03-04T11:14:13+00:00")]
    [InlineData("  2018-01-03T20:13:08.000Z\n ", "2018-01-03T20:13:08+00:00")]
    [InlineData("2017-10-11T10:41:00+0100", "2017-10-11T10:41:00+01:00")]
    [InlineData("2024-01-01T12:00+02:00", "2024-01-01T12:00:00+02:00")]
    public void Read_TimeWithOffset_KeepsTheOffset(string text, string expected)
    {
        var deviations = new List<string>();

        var time = G2DateTime.Read(new XElement("versionCreated", text), deviations);

        time.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        time!.Value.Offset.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
        deviations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2019-04-15T13:49:15", "<versionCreated> \"2019-04-15T13:49:15\" has no UTC offset; left out rather than guessed.")]
    [InlineData("2016-01-12 12:35:40", "<versionCreated> \"2016-01-12 12:35:40\" has no UTC offset; left out rather than guessed.")]
    [InlineData("2021-04-2102T12:00:00+00:00", "<versionCreated> \"2021-04-2102T12:00:00+00:00\" is not a date-time; left out.")]
    [InlineData("", "<versionCreated> is empty; left out.")]
    public void Read_UnreadableTime_IsLeftOutWithADeviation(string text, string deviation)
    {
        var deviations = new List<string>();

        G2DateTime.Read(new XElement("versionCreated", text), deviations).ShouldBeNull();

        deviations.ShouldBe([deviation]);
    }

    [Fact]
    public void Read_NoElement_IsNullWithoutDeviation()
    {
        var deviations = new List<string>();

        G2DateTime.Read(null, deviations).ShouldBeNull();

        deviations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-11-25T09:30:00+02:00", "2026-11-25T09:30:00+02:00")]
    [InlineData("2026-11-25T10:15:30.25-05:00", "2026-11-25T10:15:30.25-05:00")]
    [InlineData("2013-03-04T11:14:13Z", "2013-03-04T11:14:13+00:00")]
    public void Format_Time_IsAnXsDateTimeInItsOwnOffsetAndReadsBack(string time, string expected)
    {
        var value = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        var text = G2DateTime.Format(value);

        text.ShouldBe(expected);
        var back = G2DateTime.Read(new XElement("versionCreated", text), []);
        back.ShouldBe(value);
        back!.Value.Offset.ShouldBe(value.Offset);
    }
}
