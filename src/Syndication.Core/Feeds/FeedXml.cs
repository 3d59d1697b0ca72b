using System.ServiceModel.Syndication;
using Syndication.Core.Xml;

namespace Syndication.Core.Feeds;

/// <summary>Writes a formatted feed as UTF-8 XML without a byte order mark.</summary>
internal static class FeedXml
{
    private const int TypicalSize = 16 * 1024;

    internal static byte[] Write(SyndicationFeedFormatter formatter) =>
        XmlOutput.Write(TypicalSize, formatter, static (writer, feed) => feed.WriteTo(writer));
}
