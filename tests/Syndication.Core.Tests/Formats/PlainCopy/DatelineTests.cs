using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("BEIRUT, June 1 (Reuters) - Syrian forces advanced.", "BEIRUT, June 1", "Reuters", "Syrian forces advanced.")]
    [InlineData("WASHINGTON (AP) \u2014 The Senate voted.", "WASHINGTON", "AP", "The Senate voted.")]
    [InlineData("LONDON, March 3 - Shares fell.", "LONDON, March 3", null, "Shares fell.")]
    [InlineData("NEW YORK, Jan. 5, 2016 (Reuters) -- Oil rose.", "NEW YORK, Jan. 5, 2016", "Reuters", "Oil rose.")]
    [InlineData("ST. LOUIS, Mo. (AP) \u2013 Storms hit.", "ST. LOUIS, Mo.", "AP", "Storms hit.")]
    [InlineData("SAO PAULO/BRASILIA (Reuters) - Brazil's real fell.", "SAO PAULO/BRASILIA", "Reuters", "Brazil's real fell.")]
    public void TryStrip_Dateline_ReadsItAndLeavesTheRest(string paragraph, string text, string? credit, string rest)
    {
        Dateline.TryStrip(paragraph, out var dateline, out var remaining).ShouldBeTrue();

        dateline.ShouldBe(new Dateline(text, credit));
        remaining.ShouldBe(rest);
    }

    [Theory]
    [InlineData("US-backed Syrian fighters and Iraqi forces pressed twin assaults.")]
    [InlineData("NATO - the alliance - met today.")]
    [InlineData("The talks in LONDON, June 1 (Reuters) - went well.")]
    [InlineData("IS fighters (about 300) - according to the monitor - fled.")]
    [InlineData("LONDON, June 1-2 talks ended.")]
    public void TryStrip_NoDateline_KeepsParagraph(string paragraph)
    {
        Dateline.TryStrip(paragraph, out var dateline, out var rest).ShouldBeFalse();

        dateline.ShouldBeNull();
        rest.ShouldBe(paragraph);
    }
}
