namespace Syndication.Core.Stories;

/// <summary>
/// "Exclusive to NAME": how a story's exclusivity (<see cref="StoryRights.ExclusiveTo"/>) is said in words,
/// where a format has no field of its own for it (a feed's rights line, NewsML-G2 usage terms).
/// </summary>
internal static class ExclusivityLine
{
    private const string Prefix = "Exclusive to ";

    public static string Write(string exclusiveTo) => Prefix + exclusiveTo;

    /// <summary>Reads the organisation a line "Exclusive to NAME" names (a full stop after it is not part of it).</summary>
    public static bool TryRead(string? line, out string exclusiveTo)
    {
        exclusiveTo = string.Empty;
        var text = line?.Trim();
        if (text is null || !text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        exclusiveTo = text[Prefix.Length..].Trim().TrimEnd('.').TrimEnd();
        return exclusiveTo.Length > 0;
    }
}
