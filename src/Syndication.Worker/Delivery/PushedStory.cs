using System.Globalization;
using Syndication.Storage;

namespace Syndication.Worker.Delivery;

/// <summary>A story as it is pushed to one partner: rendered in its format, with what the headers say of it.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="StoryId">The content id of the version sent.</param>
/// <param name="Version">The store's sequence of that version: a later version of the item has a higher one.</param>
/// <param name="Kind">What the push announces (new, updated, corrected, killed).</param>
/// <param name="Format">The partner's story format, as the partners file names it.</param>
/// <param name="ContentType">The body's media type.</param>
/// <param name="Body">The rendered story.</param>
public sealed record PushedStory(string ItemId, string StoryId, long Version, OutboxKind Kind, string Format, string ContentType, byte[] Body)
{
    /// <summary>
    /// The item and the version, <c>{itemId}:{version}</c>: the same version pushed again (a retry, a restart
    /// after a crash) carries the same key, so a partner can drop the repeat.
    /// </summary>
    public string IdempotencyKey => ItemId + ":" + Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The kind as headers and dead letters write it.</summary>
    public string KindName => OutboxKindNames.Of(Kind);
}
