using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class PlainCopyHeaderTests
{
    [Theory]
    [InlineData("Exclusive to The Middle East Online", "The Middle East Online")]
    [InlineData("EXCLUSIVE TO Example News.", "Example News")]
    [InlineData("Exclusive\u00A0to  the Daily Example", "the Daily Example")]
    public void TryRead_ExclusiveTo_SetsExclusiveTo(string line, string expected)
    {
        var header = new PlainCopyHeader();

        header.TryRead(line).ShouldBeTrue();

        header.ExclusiveTo.ShouldBe(expected);
        header.Contributors.ShouldBeEmpty();
    }

    [Fact]
    public void TryRead_EditedBy_AddsEditorNotAuthor()
    {
        var header = new PlainCopyHeader();

        header.TryRead("Edited by Nelly Tawil").ShouldBeTrue();

        header.Contributors.ShouldBe([new Contributor("Nelly Tawil", ContributorRole.Editor)]);
    }

    [Theory]
    [InlineData("By John Smith", new[] { "John Smith" }, null)]
    [InlineData("BY JOHN SMITH", new[] { "JOHN SMITH" }, null)]
    [InlineData("By John Smith and Jane Doe", new[] { "John Smith", "Jane Doe" }, null)]
    [InlineData("By Ann Lee, Bo Chan and Cy Young", new[] { "Ann Lee", "Bo Chan", "Cy Young" }, null)]
    [InlineData("By Ann Lee, Bo Chan, and Cy Young", new[] { "Ann Lee", "Bo Chan", "Cy Young" }, null)]
    [InlineData("By Tom Perry, Reuters", new[] { "Tom Perry" }, "Reuters")]
    [InlineData("By Tom Perry and Ellen Francis, Reuters", new[] { "Tom Perry", "Ellen Francis" }, "Reuters")]
    [InlineData("By Ismail al-Mahalawi and Charles de Gaulle", new[] { "Ismail al-Mahalawi", "Charles de Gaulle" }, null)]
    public void TryRead_Byline_AddsAuthorsAndAffiliation(string line, string[] authors, string? affiliation)
    {
        var header = new PlainCopyHeader();

        header.TryRead(line).ShouldBeTrue();

        header.Contributors.ShouldBe(authors.Select(name => new Contributor(name, ContributorRole.Author)));
        header.Affiliation.ShouldBe(affiliation);
    }

    [Theory]
    [InlineData("By noon the troops had left")]
    [InlineData("By Wednesday, all had fled.")]
    [InlineData("Exclusive to readers: the full report, today!")]
    [InlineData("Edited by hand")]
    [InlineData("Byzantine John")]
    [InlineData("US-backed Syrian fighters pressed twin assaults.")]
    public void TryRead_NotAHeaderLine_ReadsNothing(string line)
    {
        var header = new PlainCopyHeader();

        header.TryRead(line).ShouldBeFalse();

        header.Contributors.ShouldBeEmpty();
        header.ExclusiveTo.ShouldBeNull();
        header.Affiliation.ShouldBeNull();
    }
}
