using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A story as a feed shows it: with when it was published and last updated.</summary>
public sealed record FeedEntry(Story Story, DateTimeOffset Published, DateTimeOffset Updated);
