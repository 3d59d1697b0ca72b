using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A short plain-text summary of a story: its first paragraph, cut at a word near the limit.</summary>
public static class StorySummary
{
    private const int MaxLength = 400;

    public static string Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var first = story.Paragraphs.Count > 0 ? story.Paragraphs[0] : story.Headline;
        if (first.Length <= MaxLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxLength);
        return string.Concat(first.AsSpan(0, cut > 0 ? cut : MaxLength), "…");
    }
}
