using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class KickerTests
{
    [Theory]
    [InlineData("Syrian Conflict: Twin assaults against the Islamic State (IS)", "Syrian Conflict")]
    [InlineData("UPDATE 2: Talks resume: envoy", "UPDATE 2")]
    [InlineData("Analysis: Why it matters", "Analysis")]
    public void FromHeadline_ShortLabelBeforeColon_IsKicker(string headline, string expected) =>
        Kicker.FromHeadline(headline).ShouldBe(expected);

    [Theory]
    [InlineData("Twin assaults against the Islamic State")]
    [InlineData("The minister told reporters on Monday: talks will resume")]
    [InlineData("Talks at 10:30 today")]
    [InlineData("Dangling label:")]
    [InlineData(": no label")]
    public void FromHeadline_NoShortLabel_IsNull(string headline) =>
        Kicker.FromHeadline(headline).ShouldBeNull();
}
