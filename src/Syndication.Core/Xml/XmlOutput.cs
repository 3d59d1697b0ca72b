using System.Text;
using System.Xml;

namespace Syndication.Core.Xml;

/// <summary>Writes an XML document as UTF-8 bytes without a byte order mark: what every XML renderer returns.</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,

        // Text goes in through XmlCharacters.Legal; a character that still cannot be written is a bug to fail on.
        CheckCharacters = true,
    };

    /// <param name="capacity">A guess at the document's size, so the buffer seldom grows.</param>
    /// <param name="state">What <paramref name="write"/> writes, passed through so the callback need not capture it.</param>
    /// <param name="write">Writes the document's content, root element included.</param>
    public static byte[] Write<TState>(int capacity, TState state, Action<XmlWriter, TState> write)
    {
        using var buffer = new MemoryStream(capacity);
        using (var writer = XmlWriter.Create(buffer, s_settings))
        {
            write(writer, state);
        }

        return buffer.ToArray();
    }
}
