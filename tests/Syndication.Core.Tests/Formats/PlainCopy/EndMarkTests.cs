using Syndication.Core.Formats.PlainCopy;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class EndMarkTests
{
    [Theory]
    [InlineData("(END)", "")]
    [InlineData("(end)", "")]
    [InlineData("###", "")]
    [InlineData("-30-", "")]
    [InlineData("The last sentence. # # #", "The last sentence.")]
    [InlineData("The last sentence. (END)", "The last sentence.")]
    public void TryStrip_EndMark_IsTakenOff(string paragraph, string expected)
    {
        EndMark.TryStrip(paragraph, out var rest).ShouldBeTrue();

        rest.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Tagged #news###")]
    [InlineData("Temperatures near-30-")]
    [InlineData("The (END) is near.")]
    public void TryStrip_NoEndMark_KeepsParagraph(string paragraph)
    {
        EndMark.TryStrip(paragraph, out var rest).ShouldBeFalse();

        rest.ShouldBe(paragraph);
    }
}
