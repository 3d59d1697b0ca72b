namespace Syndication.Core.Normalization;

/// <summary>Counts the words of a story's body.</summary>
/// <remarks>
/// A word is a whitespace-separated token holding at least one letter or digit, so a lone dash or
/// quote mark is not a word, while "al-Mahalawi", "8th" and "“caliphate”" each count once.
/// </remarks>
internal static class WordCounter
{
    public static int Count(IEnumerable<string> paragraphs)
    {
        var words = 0;
        foreach (var paragraph in paragraphs)
        {
            var inToken = false;
            var tokenHasWordCharacter = false;
            foreach (var c in paragraph)
            {
                if (char.IsWhiteSpace(c))
                {
                    words += inToken && tokenHasWordCharacter ? 1 : 0;
                    inToken = false;
                    tokenHasWordCharacter = false;
                    continue;
                }

                inToken = true;
                tokenHasWordCharacter |= char.IsLetterOrDigit(c);
            }

            words += inToken && tokenHasWordCharacter ? 1 : 0;
        }

        return words;
    }
}
