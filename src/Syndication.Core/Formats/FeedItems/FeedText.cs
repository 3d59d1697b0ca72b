using System.Net;
using AngleSharp.Html.Parser;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// Plain text out of a feed field that may hold markup: titles, names and rights lines are plain text in a
/// story, but feeds put HTML in them (an escaped <c>&lt;b&gt;</c> in an RSS title, an Atom <c>type="html"</c>).
/// </summary>
internal static class FeedText
{
    private static readonly HtmlParser s_parser = new();

    /// <summary>The text with tags removed (script and style with their content) and character references decoded.</summary>
    public static string Plain(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal))
        {
            using var document = s_parser.ParseDocument(text);
            var body = document.Body!;
            foreach (var hidden in body.QuerySelectorAll("script,style,template,noscript").ToList())
            {
                hidden.Remove();
            }

            return body.TextContent;
        }

        // Without a tag there is nothing to parse; an escaped "&amp;" is still decoded, as a browser would.
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    /// <summary>Paragraphs of a plain-text body: lines up to a blank (or whitespace-only) line make one.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                current.Add(line.Trim());
                continue;
            }

            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
        }

        return paragraphs;
    }
}
