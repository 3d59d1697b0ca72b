using Syndication.Core.Feeds;
using Syndication.Core.Formats.NewsMlG2;
using Syndication.Core.Formats.Ninjs;
using Syndication.Core.Formats.Nitf;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;

namespace Syndication.Worker.Partners;

/// <summary>A partner's story format (<c>storyFormat</c>): ninjs, NITF, NewsML-G2, or one of the file's templates.</summary>
public static class PartnerStoryFormat
{
    /// <summary>The story rendered in the partner's format, and its content type.</summary>
    /// <exception cref="TemplateRenderException">The partner's template failed on this story.</exception>
    public static (byte[] Body, string ContentType) Render(PartnersInForce partners, Partner partner, FeedEntry entry, string publisher)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(partner);
        return partner.StoryFormat.Kind switch
        {
            StoryFormatKind.Ninjs => (NinjsRenderer.Render(entry, publisher), NinjsRenderer.ContentType),
            StoryFormatKind.Nitf => (NitfRenderer.Render(entry, publisher), NitfRenderer.ContentType),
            StoryFormatKind.NewsMlG2 => (NewsMlG2Renderer.Render(entry, publisher), NewsMlG2Renderer.ContentType),
            _ => Template(partners.Templates[partner.StoryFormat.TemplateName!], entry, publisher),
        };
    }

    private static (byte[], string) Template(StoryTemplate template, FeedEntry entry, string publisher) =>
        (template.Render(entry, publisher), template.MediaType);

    /// <summary>The media type a feed entry's link announces for the partner's stories.</summary>
    public static string MediaType(PartnerDirectory directory, StoryFormat format)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(format);
        var contentType = format.Kind switch
        {
            StoryFormatKind.Ninjs => NinjsRenderer.ContentType,
            StoryFormatKind.Nitf => NitfRenderer.ContentType,
            StoryFormatKind.NewsMlG2 => NewsMlG2Renderer.ContentType,
            _ => directory.Templates[format.TemplateName!].MediaType,
        };
        var parameters = contentType.IndexOf(';', StringComparison.Ordinal);
        return parameters < 0 ? contentType : contentType[..parameters];
    }
}
