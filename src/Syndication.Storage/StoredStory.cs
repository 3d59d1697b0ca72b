using Syndication.Core.Stories;

namespace Syndication.Storage;

/// <summary>One version of an item as the store holds it: the story, when it was first stored and how often seen.</summary>
public sealed record StoredStory(long Sequence, Story Story, string ItemId, DateTimeOffset StoredAt, int TimesSeen, SourcePosition Source);
