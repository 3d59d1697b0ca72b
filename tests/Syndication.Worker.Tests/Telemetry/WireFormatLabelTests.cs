using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Tests.Telemetry;

public sealed class WireFormatLabelTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("ninjs", "ninjs")]
    [InlineData("nitf", "nitf")]
    [InlineData("newsmlg2", "newsml-g2")]
    [InlineData("iptc7901", "iptc7901")]
    [InlineData("reuters-sgml", "reuters-sgml")]
    [InlineData("rss", "feed")]
    [InlineData("atom", "feed")]
    [InlineData("something new", "unknown")]
    [InlineData(null, "unknown")]
    public void Of_StoryFormat_IsItsLabel(string? format, string label)
    {
        WireFormatLabel.Of(format).ShouldBe(label);
    }

    [Fact]
    public void Of_SeedAsCoreDecodesIt_IsPlain()
    {
        // The labels are keyed by the names Core's (internal) decoders write: this one as Core writes it.
        var seed = Syndication.Core.Decoding.StoryDecoder.Decode(File.ReadAllBytes(Infrastructure.RepositoryPaths.Seed), 5_000_000).Stories.ShouldHaveSingleItem();

        WireFormatLabel.Of(seed.Format).ShouldBe("plain");
    }
}
