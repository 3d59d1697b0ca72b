using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Syndication.Core.Formats.Templates;

/// <summary>How every value a template writes is escaped, chosen by the media type it writes.</summary>
internal sealed class TemplateEscaping
{
    // Every script stays readable as itself; only the characters markup or JSON gives meaning to are escaped.
    private static readonly TemplateEscaping s_html = new(HtmlEncoder.Create(UnicodeRanges.All), bodyHtmlIsRaw: true);

    // The body's HTML is not XML (AngleSharp writes <br> and &nbsp;), so in XML it is text like any other
    // value: escaped once, as RSS content:encoded and Atom type="html" carry it.
    private static readonly TemplateEscaping s_xml = new(HtmlEncoder.Create(UnicodeRanges.All), bodyHtmlIsRaw: false);

    // Written as the inside of a JSON string ("{{ story.headline }}" with the quotes in the template):
    // quotes, backslashes and controls as JSON escapes, and <, >, & too, so the JSON is safe inside HTML.
    // Liquid's json filter writes a whole JSON value, which this would escape again: "| json | raw" keeps it.
    private static readonly TemplateEscaping s_json = new(JavaScriptEncoder.Create(UnicodeRanges.All), bodyHtmlIsRaw: false);

    private static readonly TemplateEscaping s_none = new(NullEncoder.Default, bodyHtmlIsRaw: true);

    private TemplateEscaping(TextEncoder encoder, bool bodyHtmlIsRaw)
    {
        Encoder = encoder;
        BodyHtmlIsRaw = bodyHtmlIsRaw;
    }

    public TextEncoder Encoder { get; }

    /// <summary>The sanitized body is written as it is (HTML into HTML), not escaped again.</summary>
    public bool BodyHtmlIsRaw { get; }

    /// <summary>The escaping for a media type ("text/html; charset=utf-8"), or null when none is known for it.</summary>
    public static TemplateEscaping? For(string mediaType)
    {
        var type = mediaType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type switch
        {
            "text/html" => s_html,
            "text/plain" => s_none,
            "application/json" => s_json,
            _ when type.EndsWith("+json", StringComparison.Ordinal) => s_json,
            _ when type.EndsWith("/xml", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) => s_xml,
            _ => null,
        };
    }
}
