using Syndication.Core.Stories;

namespace Syndication.Core.Feeds;

/// <summary>A story's rights as one human-readable line (dc:rights, atom:rights).</summary>
public static class StoryRightsText
{
    public static string? Of(StoryRights rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        string?[] parts =
        [
            rights.Copyright,
            rights.ExclusiveTo is null ? null : ExclusivityLine.Write(rights.ExclusiveTo),
            rights.UsageTerms,
        ];
        var text = string.Join("; ", parts.Where(part => !string.IsNullOrEmpty(part)));
        return text.Length == 0 ? null : text;
    }
}
