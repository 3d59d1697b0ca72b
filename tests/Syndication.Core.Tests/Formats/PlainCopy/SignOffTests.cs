using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class SignOffTests
{
    [Fact]
    public void TryStrip_ReutersSignOff_ReadsRolesAndEmptiesParagraph()
    {
        SignOff.TryStrip("-- Reporting by Ann Lee and Bo Chan; Writing by Cy Young; Editing by Di Ross", out var contributors, out var rest)
            .ShouldBeTrue();

        rest.ShouldBeEmpty();
        contributors.ShouldBe([
            new Contributor("Ann Lee", ContributorRole.Reporter),
            new Contributor("Bo Chan", ContributorRole.Reporter),
            new Contributor("Cy Young", ContributorRole.Writer),
            new Contributor("Di Ross", ContributorRole.Editor),
        ]);
    }

    [Fact]
    public void TryStrip_ParenthesisedAtParagraphEnd_LeavesTextBefore()
    {
        SignOff.TryStrip("Fighting went on. (Reporting by Tom Perry in Beirut; additional reporting by Suleiman Al-Khalidi in Amman; editing by Angus MacSwan)", out var contributors, out var rest)
            .ShouldBeTrue();

        rest.ShouldBe("Fighting went on.");
        contributors.ShouldBe([
            new Contributor("Tom Perry", ContributorRole.Reporter),
            new Contributor("Suleiman Al-Khalidi", ContributorRole.Reporter),
            new Contributor("Angus MacSwan", ContributorRole.Editor),
        ]);
    }

    [Fact]
    public void TryStrip_CapitalLetters_ReadsRoles()
    {
        SignOff.TryStrip("The end. (REPORTING BY ANN LEE; EDITING BY BO CHAN)", out var contributors, out var rest)
            .ShouldBeTrue();

        rest.ShouldBe("The end.");
        contributors.ShouldBe([
            new Contributor("ANN LEE", ContributorRole.Reporter),
            new Contributor("BO CHAN", ContributorRole.Editor),
        ]);
    }

    [Theory]
    [InlineData("He praised the reporting by Jane Smith")]
    [InlineData("Reporting by the BBC was cut short.")]
    [InlineData("-- Reporting by local journalists shows the war spreading")]
    [InlineData("The body has no sign-off.")]
    public void TryStrip_NoSignOff_KeepsParagraph(string paragraph)
    {
        SignOff.TryStrip(paragraph, out var contributors, out var rest).ShouldBeFalse();

        contributors.ShouldBeEmpty();
        rest.ShouldBe(paragraph);
    }
}
