using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Storage;

/// <summary>A story on its way into the store: its JSON, its item and rank among that item's versions, and where it was read.</summary>
public sealed record IngestedStory(Story Story, byte[] Json, string ItemId, VersionRank Rank, SourcePosition Source);
