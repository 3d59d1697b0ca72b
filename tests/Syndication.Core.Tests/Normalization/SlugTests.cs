using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Syrian Conflict: Twin assaults against the Islamic State (IS)", "syrian-conflict-twin-assaults-against-the-islamic-state-is")]
    [InlineData("Zürich’s café — Ærø & Łódź", "zurichs-cafe-aero-lodz")]
    [InlineData("  --Leading and trailing!!  ", "leading-and-trailing")]
    [InlineData("Straße 1st", "strasse-1st")]
    [InlineData("مرحبا", "")]
    public void FromHeadline_Headline_GivesLowerCaseAsciiWords(string headline, string expected) =>
        Slug.FromHeadline(headline).ShouldBe(expected);

    [Fact]
    public void FromHeadline_LongHeadline_IsCutAtAHyphen()
    {
        var headline = string.Join(' ', Enumerable.Repeat("wordy", 30));

        var slug = Slug.FromHeadline(headline);

        slug.Length.ShouldBeLessThanOrEqualTo(Slug.MaxLength);
        slug.ShouldEndWith("-wordy");
    }

    [Fact]
    public void FromHeadline_OneLongWord_IsCutAtMaxLength() =>
        Slug.FromHeadline(new string('a', 200)).Length.ShouldBe(Slug.MaxLength);
}
