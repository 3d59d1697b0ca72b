namespace Syndication.Core.Text;

/// <summary>What a decoder may ask of markup before the normalizer sanitizes it.</summary>
internal static class MarkupText
{
    /// <summary>Whether HTML holds any letter or digit outside its tags; a body of only images, rules or empty paragraphs does not.</summary>
    public static bool HasVisibleText(string html)
    {
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag && char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
