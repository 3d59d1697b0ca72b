using Syndication.Core.Formats.Ninjs;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Ninjs;

public sealed class NinjsUsageTermsTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, "No archiving", "No archiving")]
    [InlineData("The Levant Daily", null, "Exclusive to The Levant Daily")]
    [InlineData("Partner & Sons", "No archiving; no resale", "Exclusive to Partner & Sons; No archiving; no resale")]
    public void Write_Rights_ReadsBackTheSame(string? exclusiveTo, string? terms, string? written)
    {
        var text = NinjsUsageTerms.Write(new StoryRights(exclusiveTo, "© Desk", terms));

        text.ShouldBe(written);
        NinjsUsageTerms.Read(text).ShouldBe(new NinjsUsageTerms(exclusiveTo, terms));
    }

    [Theory]
    [InlineData("Exclusive to AP members in the United States and Canada until the end of the tournament")]
    [InlineData("Exclusive to ; No archiving")]
    [InlineData("exclusive to The Levant Daily")]
    [InlineData("Not exclusive to anyone")]
    public void Read_TermsThatNameNoOneOrganisation_AreOnlyTerms(string text)
    {
        NinjsUsageTerms.Read(text).ShouldBe(new NinjsUsageTerms(null, text));
    }
}
