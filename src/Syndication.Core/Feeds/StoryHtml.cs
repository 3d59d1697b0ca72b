using System.Net;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A story's body as HTML paragraphs, every character of the text escaped.</summary>
public static class StoryHtml
{
    public static string Body(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var html = new StringBuilder();
        foreach (var paragraph in story.Paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        return html.ToString();
    }
}
