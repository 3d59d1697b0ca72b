using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class StoryFormatTests
{
    [Theory]
    [InlineData("ninjs", StoryFormatKind.Ninjs, null)]
    [InlineData("nitf", StoryFormatKind.Nitf, null)]
    [InlineData("newsmlg2", StoryFormatKind.NewsMlG2, null)]
    [InlineData("template:brief", StoryFormatKind.Template, "brief")]
    public void TryParse_KnownFormat_ReadsKindAndNameAndWritesItBack(string text, StoryFormatKind kind, string? template)
    {
        StoryFormat.TryParse(text, out var format).ShouldBeTrue();

        format!.Kind.ShouldBe(kind);
        format.TemplateName.ShouldBe(template);
        format.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("NITF")]
    [InlineData("xml")]
    [InlineData("template:")]
    [InlineData("template:a b")]
    [InlineData("")]
    public void TryParse_UnknownFormat_Fails(string text)
    {
        StoryFormat.TryParse(text, out var format).ShouldBeFalse();
        format.ShouldBeNull();
    }

    [Fact]
    public void Template_SameName_IsEqual()
    {
        StoryFormat.Template("brief").ShouldBe(StoryFormat.Template("brief"));
        StoryFormat.Template("brief").ShouldNotBe(StoryFormat.Template("long"));
    }
}
