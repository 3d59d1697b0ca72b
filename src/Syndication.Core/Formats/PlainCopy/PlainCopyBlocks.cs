using System.Runtime.CompilerServices;
using Syndication.Core.Normalization;

namespace Syndication.Core.Formats.PlainCopy;

/// <summary>Splits plain copy into blocks: runs of visible lines between blank lines.</summary>
internal static class PlainCopyBlocks
{
    /// <summary>The blocks of <paramref name="text"/> (LF line ends), each a non-empty list of lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder.
    public static List<List<PlainCopyLine>> Split(string text)
    {
        var blocks = new List<List<PlainCopyLine>>();
        List<PlainCopyLine>? block = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var indent = line.IndexOfAnyExcept(' ', '\t');
            var first = IndexOfVisible(line);
            if (first < 0)
            {
                // A line of spaces, no-break spaces or zero-width characters is blank to a reader too.
                block = null;
                continue;
            }

            var last = line.Length - 1;
            while (IsBlank(line[last]))
            {
                last--;
            }

            block ??= AddBlock(blocks);
            block.Add(new PlainCopyLine(line[first..(last + 1)].ToString(), indent));
        }

        return blocks;
    }

    private static List<PlainCopyLine> AddBlock(List<List<PlainCopyLine>> blocks)
    {
        var block = new List<PlainCopyLine>();
        blocks.Add(block);
        return block;
    }

    private static int IndexOfVisible(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsBlank(line[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || WhitespaceNormalizer.IsInvisible(c);
}
