namespace Syndication.Worker.Status;

/// <summary>The most recently changed story in the store.</summary>
public sealed record LastStory(string ItemId, string Headline, string Format, DateTimeOffset StoredAt);
