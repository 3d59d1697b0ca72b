using System.Security.Cryptography;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Core.Versions;

/// <summary>
/// The id of the item a story is a version of: every version, correction and kill of one item has the
/// same item id, so feeds keep one entry for it and its entry id never changes.
/// </summary>
/// <remarks>
/// An item is named by the source's own id where it gives one (a ninjs uri, a NITF doc-id, a NewsML-G2
/// guid, a feed item's guid), within its provider; plain copy has none, so by its slug within the
/// organisation it is credited to. Implementation note: slug identity merges two stories from one source
/// with the same headline ("Markets at noon"); that is the price of giving plain copy versions at all.
/// </remarks>
public static class ItemId
{
    private const int HexLength = 32;

    public static string Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var key = story.SourceId is { } sourceId
            ? $"source\n{story.Provider}\n{sourceId}"
            : $"slug\n{story.Credit ?? story.Provider}\n{story.Slug}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..(HexLength / 2)]);
    }
}
