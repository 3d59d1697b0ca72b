using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class PlainCopyBlocksTests
{
    [Fact]
    public void Split_BlankAndInvisibleLines_SeparateBlocks()
    {
        var blocks = PlainCopyBlocks.Split("\n\nOne\n  Two  \n \t\nThree\n\u00A0\u200B\nFour\n\n");

        blocks.Select(b => b.Select(l => l.Text)).ShouldBe([["One", "Two"], ["Three"], ["Four"]]);
    }

    [Fact]
    public void Split_Line_KeepsIndentAndTrimsInvisibleEnds()
    {
        var line = PlainCopyBlocks.Split("\t  text\u00A0\u200B").ShouldHaveSingleItem().ShouldHaveSingleItem();

        line.ShouldBe(new PlainCopyLine("text", 3));
    }

    [Fact]
    public void Split_NothingVisible_HasNoBlocks() =>
        PlainCopyBlocks.Split(" \n\u2060\n\u0007\n").ShouldBeEmpty();
}
