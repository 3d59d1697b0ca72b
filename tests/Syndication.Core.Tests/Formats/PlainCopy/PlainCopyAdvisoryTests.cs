using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class PlainCopyAdvisoryTests
{
    [Theory]
    [InlineData("FLASH", 1)]
    [InlineData("BULLETIN", 2)]
    [InlineData("URGENT", 3)]
    [InlineData("urgent urgent", 3)]
    [InlineData("** URGENT **", 3)]
    public void TryReadLine_PriorityMark_SetsUrgency(string line, int urgency)
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine(line).ShouldBeTrue();

        advisory.Urgency.ShouldBe(urgency);
    }

    [Fact]
    public void TryReadLine_FlashThenUrgent_KeepsTheHigherPriority()
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine("FLASH");
        advisory.TryReadLine("URGENT");

        advisory.Urgency.ShouldBe(1);
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("KILL KILL KILL")]
    [InlineData("ADVISORY: WITHDRAWN")]
    [InlineData("Mandatory kill")]
    [InlineData("WITHDRAWAL")]
    public void TryReadLine_KillAdvisory_Cancels(string line)
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine(line).ShouldBeTrue();

        advisory.PubStatus.ShouldBe(PubStatus.Canceled);
    }

    [Theory]
    [InlineData("CORRECTION")]
    [InlineData("Corrected")]
    public void TryReadLine_CorrectionAdvisory_MarksCorrection(string line)
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine(line).ShouldBeTrue();

        advisory.IsCorrection.ShouldBeTrue();
    }

    [Fact]
    public void TryReadLine_EmbargoLine_ReadsTime()
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine("EMBARGOED UNTIL 0001 GMT June 2, 2025").ShouldBeTrue();

        advisory.Embargo.ShouldBe(new DateTimeOffset(2025, 6, 2, 0, 1, 0, TimeSpan.Zero));
        advisory.PubStatus.ShouldBe(PubStatus.Usable);
    }

    [Fact]
    public void TryReadLine_EmbargoWithoutReadableTime_WithholdsWithDeviation()
    {
        var advisory = new PlainCopyAdvisory();

        advisory.TryReadLine("Embargoed until further notice").ShouldBeTrue();

        advisory.Embargo.ShouldBeNull();
        advisory.PubStatus.ShouldBe(PubStatus.Withheld);
        advisory.Deviations.ShouldHaveSingleItem().ShouldContain("further notice");
    }

    [Theory]
    [InlineData("Urgent talks resume in Geneva")]
    [InlineData("Killing time in the capital")]
    [InlineData("The correction came late")]
    public void TryReadLine_SentenceStartingLikeAMark_IsNotAnAdvisory(string line) =>
        new PlainCopyAdvisory().TryReadLine(line).ShouldBeFalse();

    [Theory]
    [InlineData("CORRECTED-Syria says talks resume", "Syria says talks resume")]
    [InlineData("URGENT: Quake hits coast", "Quake hits coast")]
    [InlineData("Correction: a headline in sentence case", "Correction: a headline in sentence case")]
    [InlineData("KILL", "KILL")]
    public void StripHeadlineMark_MarkedHeadline_TakesMarkOff(string headline, string expected) =>
        new PlainCopyAdvisory().StripHeadlineMark(headline).ShouldBe(expected);

    [Fact]
    public void TryReadLine_HeadlineThatOpensWithEmbargoed_IsNotAnAdvisory()
    {
        var advisory = new PlainCopyAdvisory();
        advisory.TryReadLine("Embargoed report shows rates held").ShouldBeFalse();
        advisory.Embargo.ShouldBeNull();
        advisory.PubStatus.ShouldBe(PubStatus.Usable);
    }
}
