namespace Syndication.Core.Feeds;

/// <summary>
/// What the operator's firehose says of an entry that partners see differently (exclusive, held,
/// embargoed), as a category in the status scheme.
/// </summary>
/// <param name="Term">The category term: <c>exclusive</c>, <c>held</c> or <c>embargoed</c>.</param>
/// <param name="Label">The same for people ("Exclusive to The Middle East Online").</param>
public sealed record FeedMark(string Term, string Label);
