using Syndication.Core.Formats.Nitf;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfDateTests
{
    [Theory]
    [InlineData("20210516T101500+0200", 2021, 5, 16, 10, 15, 0, 120)]
    [InlineData("20151210T191044Z", 2015, 12, 10, 19, 10, 44, 0)]
    [InlineData("20020225T143000-0500", 2002, 2, 25, 14, 30, 0, -300)]
    [InlineData("2016-05-12T00:05:13+02:00", 2016, 5, 12, 0, 5, 13, 120)]
    [InlineData("2016-04-13 04:52:21+00:00", 2016, 4, 13, 4, 52, 21, 0)]
    [InlineData("20210516T1015+0530", 2021, 5, 16, 10, 15, 0, 330)]
    [InlineData("20210516000000-0400", 2021, 5, 16, 0, 0, 0, -240)]
    public void TryParse_IsoForms_ReadsInstantAndOffset(string text, int year, int month, int day, int hour, int minute, int second, int offsetMinutes)
    {
        NitfDate.TryParse(text, out var value, out _).ShouldBeTrue();

        value.ShouldBe(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)));
        value.Offset.ShouldBe(TimeSpan.FromMinutes(offsetMinutes));
    }

    [Fact]
    public void TryParse_FractionalSeconds_KeepsThem()
    {
        NitfDate.TryParse("2016-04-13T14:52:21.830724+10:00", out var value, out _).ShouldBeTrue();

        value.Ticks.ShouldBe(new DateTime(2016, 4, 13, 14, 52, 21).Ticks + 8_307_240);
    }

    [Theory]
    [InlineData("20141126T152703")]
    [InlineData("2021-05-16T09:00:04")]
    public void TryParse_NoOffset_IsRefusedAsMissingOffset(string text)
    {
        NitfDate.TryParse(text, out _, out var missingOffset).ShouldBeFalse();

        missingOffset.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("20211316T101500Z")]
    [InlineData("20210230T101500Z")]
    [InlineData("20210516T251500Z")]
    [InlineData("20210516T101500+2500")]
    [InlineData("20210516T101500+02:00x")]
    public void TryParse_NotADate_IsRefused(string text)
    {
        NitfDate.TryParse(text, out _, out var missingOffset).ShouldBeFalse();

        missingOffset.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-11-25T09:30:00+02:00", "20261125T093000+0200")]
    [InlineData("2002-02-25T14:30:00-05:00", "20020225T143000-0500")]
    [InlineData("2021-05-16T10:15:00+05:30", "20210516T101500+0530")]
    [InlineData("2015-12-10T19:10:44+00:00", "20151210T191044+0000")]
    [InlineData("2016-04-13T14:52:21.830724+10:00", "20160413T145221.830724+1000")]
    public void Format_Time_IsTheBasicFormInItsOwnOffsetAndReadsBack(string time, string expected)
    {
        var value = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        var text = NitfDate.Format(value);

        text.ShouldBe(expected);
        NitfDate.TryParse(text, out var back, out _).ShouldBeTrue();
        back.ShouldBe(value);
        back.Offset.ShouldBe(value.Offset);
    }
}
