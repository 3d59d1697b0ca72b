namespace Syndication.Core.Feeds;

/// <summary>What a feed says about itself.</summary>
/// <param name="Id">A stable URI naming the feed (Atom <c>id</c>).</param>
/// <param name="Title">The feed's title.</param>
/// <param name="BaseUri">Where the service is reached; story links are made from it.</param>
/// <param name="Publisher">The organisation running the service (feed author).</param>
public sealed record FeedDescription(string Id, string Title, Uri BaseUri, string Publisher);
