using System.Text;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// AP's 7-bit typing conventions in ANPA copy, turned into the characters they stand for: " _ " is a
/// dash, `` and '' are double quotes, a lone ` an opening single quote.
/// </summary>
/// <remarks>
/// Implementation note: the quotes become straight ones and the quote normalizer turns them the right
/// way, as it does for every format; the dash becomes an em dash, which is also what lets the dateline
/// reader see "BEIRUT (AP) _ " as a dateline.
/// </remarks>
internal static class AnpaText
{
    public static string Convert(string text)
    {
        if (text.AsSpan().IndexOfAny("_`'") < 0)
        {
            return text;
        }

        return new StringBuilder(text)
            .Replace(" _ ", " \u2014 ")
            .Replace("``", "\"")
            .Replace("''", "\"")
            .Replace('`', '\'')
            .ToString();
    }

    /// <summary>Whether a paragraph is only a rule of underscores ("___"), which AP uses to set off a closing note.</summary>
    public static bool IsRule(string paragraph) => paragraph.Length > 0 && paragraph.AsSpan().IndexOfAnyExcept('_') < 0;
}
