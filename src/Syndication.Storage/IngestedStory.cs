using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Storage;

/// <summary>A story on its way into the store: its JSON, its item and rank among that item's versions, and where it was read.</summary>
public sealed record IngestedStory(Story Story, byte[] Json, string ItemId, VersionRank Rank, SourcePosition Source)
{
    /// <summary>Works out what the store needs of a story; pure, so decoding threads do it, not the single writer.</summary>
    public static IngestedStory Prepare(Story story, SourcePosition source)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new IngestedStory(story, StoryJson.Serialize(story), Core.Versions.ItemId.Of(story), VersionRank.Of(story), source);
    }
}
