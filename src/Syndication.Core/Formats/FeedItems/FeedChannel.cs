namespace Syndication.Core.Formats.FeedItems;

/// <summary>What a feed says once for all its items.</summary>
/// <param name="Title">The channel's or feed's title, plain; it becomes each story's source.</param>
/// <param name="Language">The feed's language, when it states one.</param>
/// <param name="Copyright">The feed's copyright line, which holds for an item that gives none.</param>
/// <param name="Deviations">Deviations of the document as a whole (an external DTD not fetched, a lying encoding).</param>
internal sealed record FeedChannel(string? Title, string? Language, string? Copyright, IReadOnlyList<string> Deviations);
