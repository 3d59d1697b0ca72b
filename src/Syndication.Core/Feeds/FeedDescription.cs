namespace Syndication.Core.Feeds;

/// <summary>What a feed says about itself, and where its entries and pages link.</summary>
/// <param name="Id">A stable URI naming the feed (Atom <c>id</c>).</param>
/// <param name="Title">The feed's title.</param>
/// <param name="BaseUri">Where the service is reached; story links are made from it.</param>
/// <param name="Publisher">The organisation running the service (feed author).</param>
public sealed record FeedDescription(string Id, string Title, Uri BaseUri, string Publisher)
{
    /// <summary>Each entry links to this URI followed by its item id; by default the service's <c>stories/</c>.</summary>
    public Uri StoryBase { get; init; } = new(BaseUri, "stories/");

    /// <summary>The media type of the story an entry links to (a partner's story format).</summary>
    public string StoryMediaType { get; init; } = "application/json";

    /// <summary>This page of the feed (RFC 5005 <c>self</c>), when the feed is paged.</summary>
    public Uri? Self { get; init; }

    /// <summary>The next, older page (RFC 5005 <c>next</c>), when there is one.</summary>
    public Uri? Next { get; init; }

    /// <summary>The WebSub hub that distributes this feed (W3C WebSub, "Discovery"), when it has one.</summary>
    public Uri? Hub { get; init; }

    /// <summary>The link to the story an entry shows.</summary>
    public Uri StoryLink(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new Uri(StoryBase, Uri.EscapeDataString(entry.ItemId));
    }
}
