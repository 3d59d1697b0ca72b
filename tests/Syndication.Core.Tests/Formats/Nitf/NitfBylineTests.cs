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
}
