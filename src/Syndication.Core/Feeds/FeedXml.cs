using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Syndication.Core.Feeds;

/// <summary>Writes a formatted feed as UTF-8 XML without a byte order mark.</summary>
internal static class FeedXml
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CheckCharacters = true,
    };

    internal static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, s_settings))
        {
            formatter.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
