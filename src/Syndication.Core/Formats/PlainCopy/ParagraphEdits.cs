namespace Syndication.Core.Formats.PlainCopy;

/// <summary>Edits of a body's paragraphs when a mark or dateline is taken off one of them.</summary>
internal static class ParagraphEdits
{
    /// <summary>Sets the paragraph at <paramref name="index"/> to <paramref name="text"/>, or removes it when nothing is left.</summary>
    public static void Replace(List<string> paragraphs, int index, string text)
    {
        if (text.Length == 0)
        {
            paragraphs.RemoveAt(index);
        }
        else
        {
            paragraphs[index] = text;
        }
    }
}
