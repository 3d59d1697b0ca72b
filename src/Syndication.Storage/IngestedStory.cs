using Syndication.Core.Dedup;
using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Storage;

/// <summary>
/// A story on its way into the store: its JSON, its item and rank among that item's versions, the MinHash
/// signature of its body (none for a kill or an empty body), and where it was read.
/// </summary>
public sealed record IngestedStory(Story Story, byte[] Json, string ItemId, VersionRank Rank, MinHashSignature? Signature, SourcePosition Source)
{
    /// <summary>The trace the story was ingested under, stored with its outbox entry; null when it was read without one.</summary>
    public StoryTrace? Trace { get; init; }

    /// <summary>The signature as the store keeps it, written out on the decoding thread too.</summary>
    public byte[]? SignatureBytes { get; } = Signature?.ToBytes();

    /// <summary>Works out what the store needs of a story; pure, so decoding threads do it, not the single writer.</summary>
    /// <param name="story">The story.</param>
    /// <param name="source">Where it was read.</param>
    /// <param name="withSignature">Whether to compute its MinHash signature: not when the store looks for no near duplicates.</param>
    public static IngestedStory Prepare(Story story, SourcePosition source, bool withSignature = true)
    {
        ArgumentNullException.ThrowIfNull(story);
        var rank = VersionRank.Of(story);
        var signature = rank.IsKill || !withSignature ? null : MinHashSignature.Of(story);
        return new IngestedStory(
            story, StoryJson.Serialize(story), Core.Versions.ItemId.Of(story), rank, signature is { IsEmpty: false } ? signature : null, source);
    }
}
