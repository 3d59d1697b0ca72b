using System.Xml.Linq;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.Nitf;

public sealed class NitfBylineTests
{
    private static List<Contributor> Read(string byline)
    {
        var contributors = new List<Contributor>();
        NitfByline.Read(XElement.Parse(byline), XNamespace.None, contributors);
        return contributors;
    }

    [Fact]
    public void Read_PersonElements_TakesThemAsWritten()
    {
        Read("<byline>By <person>Alan Karben</person> and <person>Jo Li</person><byttl>Staff</byttl></byline>")
            .ShouldBe([new Contributor("Alan Karben", ContributorRole.Author), new Contributor("Jo Li", ContributorRole.Author)]);
    }

    [Fact]
    public void Read_TextWithAffiliation_TakesTheNamesBeforeIt()
    {
        Read("<byline>By John Smith and Jane Doe, Press Association</byline>")
            .ShouldBe([new Contributor("John Smith", ContributorRole.Author), new Contributor("Jane Doe", ContributorRole.Author)]);
    }

    [Fact]
    public void Read_JobTitle_IsNotAName()
    {
        Read("<byline><byttl>Sports Network</byttl></byline>").ShouldBeEmpty();
    }

    [Fact]
    public void Read_DeskInitials_AreNotAuthors()
    {
        Read("<byline>gr/bp</byline>").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Editor", ContributorRole.Editor)]
    [InlineData("reporter", ContributorRole.Reporter)]
    [InlineData("Writer", ContributorRole.Writer)]
    [InlineData("Staff Writer", ContributorRole.Author)]
    [InlineData("AP Business Writer", ContributorRole.Author)]
    public void Read_JobTitleThatIsARole_GivesThePeopleThatRole(string title, ContributorRole role)
    {
        Read($"<byline><person>Nelly Tawil</person>, <byttl>{title}</byttl></byline>").ShouldBe([new Contributor("Nelly Tawil", role)]);
        Read($"<byline>By Jane Doe, <byttl>{title}</byttl></byline>").ShouldBe([new Contributor("Jane Doe", role)]);
    }

    [Theory]
    [InlineData(ContributorRole.Author, null)]
    [InlineData(ContributorRole.Reporter, "Reporter")]
    [InlineData(ContributorRole.Writer, "Writer")]
    [InlineData(ContributorRole.Editor, "Editor")]
    public void Title_Role_IsTheTitleReadBackAsIt(ContributorRole role, string? title)
    {
        NitfByline.Title(role).ShouldBe(title);
    }
}
