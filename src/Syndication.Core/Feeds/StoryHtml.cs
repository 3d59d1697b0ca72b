using System.Net;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A story's body as HTML: its sanitized markup, or its paragraphs with every character escaped.</summary>
public static class StoryHtml
{
    public static string Body(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.BodyHtml is not null)
        {
            // Sanitized to the allowlist and re-serialized (every text node escaped) when it was normalized.
            return story.BodyHtml;
        }

        var html = new StringBuilder();
        foreach (var paragraph in story.Paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        return html.ToString();
    }
}
