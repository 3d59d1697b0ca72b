using Syndication.Core.Stories;

namespace Syndication.Core.Versions;

/// <summary>
/// Which of two versions of one item is the one to show: a kill outranks everything, then the higher
/// version number, then the later update time, then a correction over what it corrects, and last the
/// content id, so the outcome never depends on the order in which versions arrive.
/// </summary>
/// <remarks>
/// Implementation note: the content id as the last word makes the choice between two unnumbered,
/// undated versions of plain copy arbitrary but stable; arrival order would be a better guess for a desk
/// that re-sends without marking, and a worse one after any replay or rebalance, which reorders arrivals.
/// </remarks>
public readonly record struct VersionRank(bool IsKill, long Version, long UpdatedUnixMilliseconds, bool IsCorrection, string ContentId)
    : IComparable<VersionRank>
{
    public static VersionRank Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new VersionRank(
            story.PubStatus == PubStatus.Canceled,
            story.Version ?? 0,
            story.Updated is { } updated ? new DateTimeOffset(updated.Utc, TimeSpan.Zero).ToUnixTimeMilliseconds() : 0,
            story.IsCorrection,
            story.Id);
    }

    public int CompareTo(VersionRank other)
    {
        var order = IsKill.CompareTo(other.IsKill);
        order = order != 0 ? order : Version.CompareTo(other.Version);
        order = order != 0 ? order : UpdatedUnixMilliseconds.CompareTo(other.UpdatedUnixMilliseconds);
        order = order != 0 ? order : IsCorrection.CompareTo(other.IsCorrection);
        return order != 0 ? order : string.CompareOrdinal(ContentId, other.ContentId);
    }

    public static bool operator <(VersionRank left, VersionRank right) => left.CompareTo(right) < 0;

    public static bool operator >(VersionRank left, VersionRank right) => left.CompareTo(right) > 0;

    public static bool operator <=(VersionRank left, VersionRank right) => left.CompareTo(right) <= 0;

    public static bool operator >=(VersionRank left, VersionRank right) => left.CompareTo(right) >= 0;
}
