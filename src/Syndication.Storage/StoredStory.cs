using Syndication.Core.Stories;

namespace Syndication.Storage;

/// <summary>A story as the store holds it: the story, when it was first stored and how often it was seen.</summary>
public sealed record StoredStory(long Sequence, Story Story, DateTimeOffset StoredAt, int TimesSeen, SourcePosition Source);
