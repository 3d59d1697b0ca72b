using System.Text;
using Fluid;
using Syndication.Core.Feeds;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// A partner's own Liquid template for a story, compiled once and rendered in a sandbox: it sees only the
/// story model (<see cref="TemplateModel"/>), reads no files, escapes every value for its media type unless
/// told otherwise (<c>| raw</c>), and is stopped when it runs too long or grows too large.
/// </summary>
/// <remarks>Thread-safe: one compiled template renders on many threads at once.</remarks>
public sealed class StoryTemplate
{
    private readonly IFluidTemplate _template;
    private readonly TemplateEscaping _escaping;

    private StoryTemplate(string name, string mediaType, IFluidTemplate template, TemplateEscaping escaping)
    {
        Name = name;
        MediaType = mediaType;
        _template = template;
        _escaping = escaping;
    }

    /// <summary>The name the template is known by (a partner's template file), used in every error.</summary>
    public string Name { get; }

    /// <summary>The media type the template writes, as configured (it chose the escaping).</summary>
    public string MediaType { get; }

    /// <summary>
    /// Compiles <paramref name="source"/>; a template that does not parse, or a media type whose escaping is
    /// not known, comes back as an error with the reason (and where in the source), never as an exception.
    /// </summary>
    public static TemplateCompilation Compile(string name, string source, string mediaType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mediaType);
        if (TemplateEscaping.For(mediaType) is not { } escaping)
        {
            return TemplateCompilation.Failed(new TemplateError(
                $"No escaping is known for the media type \"{mediaType}\": use text/html, text/plain, application/json or an XML type.", null, null));
        }

        if (!TemplateSandbox.TryParse(source, out var template, out var error))
        {
            return TemplateCompilation.Failed(error);
        }

        return TemplateCompilation.Compiled(new StoryTemplate(name, mediaType, template, escaping));
    }

    /// <summary>The entry rendered through the template, as UTF-8 without a byte order mark.</summary>
    /// <exception cref="TemplateRenderException">The template failed or was stopped; the reason says which.</exception>
    public byte[] Render(FeedEntry entry, string publisher)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(publisher);
        var context = TemplateSandbox.CreateContext(entry);
        TemplateModel.Fill(context, entry, publisher, _escaping.BodyHtmlIsRaw);
        using var output = new CappedTextWriter(TemplateLimits.MaxOutputLength, "the output");
        try
        {
            // Implementation note: nothing a template can call waits (no files, no asynchronous filters), so
            // the render completes synchronously and is waited on as such.
            _template.RenderAsync(output, _escaping.Encoder, context).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever a partner's template does wrong (a loop that never ends, a division by zero) is its
            // own failure, not the service's: the caller gets one exception type with the reason.
            throw new TemplateRenderException(Name, TemplateLimits.Explain(exception), exception);
        }

        return Encoding.UTF8.GetBytes(output.ToString());
    }
}
