using System.Text;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>Distinct plain-copy stories for tests that need many.</summary>
internal static class TestStories
{
    internal static byte[] Plain(string tag, int index, int paragraphs = 4)
    {
        var text = new StringBuilder();
        text.Append($"Test Desk: story {tag} number {index} about the markets\n\n");
        text.Append($"LONDON, June {1 + (index % 28)} (Reuters) - Story {index} of run {tag} opens with a sentence about shares and bonds.\n\n");
        for (var paragraph = 1; paragraph < paragraphs; paragraph++)
        {
            text.Append($"Paragraph {paragraph} of story {index} in run {tag} says that prices moved, analysts said on Tuesday, and officials expected more.\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A story of roughly <paramref name="bytes"/> bytes.</summary>
    internal static byte[] PlainOfSize(string tag, int index, int bytes)
    {
        var one = Plain(tag, index, 1).Length;
        var perParagraph = Plain(tag, index, 2).Length - one;
        return Plain(tag, index, Math.Max(1, 1 + ((bytes - one) / perParagraph)));
    }
}
