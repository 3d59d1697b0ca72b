using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Stories;

public sealed class ExclusivityLineTests
{
    [Fact]
    public void Write_Name_SaysItInWords()
    {
        ExclusivityLine.Write("The Middle East Online").ShouldBe("Exclusive to The Middle East Online");
    }

    [Theory]
    [InlineData("Exclusive to The Middle East Online", "The Middle East Online")]
    [InlineData("  exclusive to Partner & Sons. ", "Partner & Sons")]
    public void TryRead_ExclusivityLine_GivesTheName(string line, string name)
    {
        ExclusivityLine.TryRead(line, out var read).ShouldBeTrue();
        read.ShouldBe(name);
    }

    [Theory]
    [InlineData("A non-exclusive, non-transferable right to display")]
    [InlineData("Exclusive to ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryRead_OtherTerms_AreNoExclusivity(string? line)
    {
        ExclusivityLine.TryRead(line, out _).ShouldBeFalse();
    }
}
