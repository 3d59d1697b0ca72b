using System.Text;

namespace Syndication.Core.Json;

/// <summary>Turns byte offsets into a UTF-8 text into lines and columns.</summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextPosition At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return Column(line, (int)offset - _lineStarts[line]);
    }

    /// <summary>The position of a byte given by its 0-based line and byte in that line, as <see cref="System.Text.Json.JsonException"/> gives it.</summary>
    public TextPosition At(long zeroBasedLine, long byteInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return Column(line, (int)byteInLine);
    }

    private TextPosition Column(int line, int byteInLine)
    {
        var start = _lineStarts[line];
        var length = Math.Clamp(byteInLine, 0, _utf8.Length - start);
        return new TextPosition(line + 1, Encoding.UTF8.GetCharCount(_utf8, start, length) + 1);
    }
}
