namespace Syndication.Core.Formats.FeedItems;

/// <summary>The person named in an RSS <c>author</c> or <c>dc:creator</c>.</summary>
internal static class FeedAuthor
{
    /// <summary>
    /// The name: RSS 2.0's "email (Name)" gives the name in parentheses; text with no address is a name as
    /// written ("Scappaticci, Elena"); a bare address is no name and is left out.
    /// </summary>
    public static string? Name(string? author)
    {
        var text = author is null ? string.Empty : FeedText.Plain(author).Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')') && text.AsSpan(0, open).Contains('@'))
        {
            text = text[(open + 1)..^1].Trim();
        }

        return text.Length == 0 || (text.Contains('@', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)) ? null : text;
    }
}
