namespace Syndication.Core.Formats.PlainCopy;

/// <summary>The marks that end a piece of copy ("(END)", "###", "-30-"); not part of the body.</summary>
internal static class EndMark
{
    private static readonly string[] s_marks = ["(END)", "###", "# # #", "-30-", "- 30 -"];

    /// <summary>
    /// Takes an end mark off the end of <paramref name="paragraph"/>; <paramref name="rest"/> is the text
    /// before it, empty when the mark was the whole paragraph.
    /// </summary>
    public static bool TryStrip(string paragraph, out string rest)
    {
        foreach (var mark in s_marks)
        {
            if (!paragraph.EndsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = paragraph[..^mark.Length];
            if (before.Length == 0 || char.IsWhiteSpace(before[^1]))
            {
                rest = before.TrimEnd();
                return true;
            }
        }

        rest = paragraph;
        return false;
    }
}
